import { childlineIsForThem } from '../src/domain/lifeStage';
import type { Draft, YoungPerson } from '../src/domain/draft';
import { keyWorkerNamed } from '../src/language/keyWorkerNamed';
import type { Words } from './say';
import { SafeguardingText as S } from './safeguardingText';

/*
 * An adult who tells of someone else borrowing or holding his bank card or PIN ("dale borrows my bank card
 * and then the money goes. hes my best mate") hears plainly what the worry is, without blaming the friend:
 * the card and the money are his, even a good friend should not keep them, his bank can give him a new card
 * and PIN, and his key worker (by name, when he gave one) or adult social care can help. The lines every
 * answer carries follow (Shout, Samaritans, who Childline is for, 999 in danger); no police line first,
 * because the police are for danger, and a friend's name beside "call 101" reads as an accusation.
 */

/** Childline is for under-19s: from 19 it is named as the line for someone under 19 they know. */
export const childlineFor = (person: Pick<YoungPerson, 'age' | 'schoolYear'> | undefined): Words => ({
  key: childlineIsForThem(person) ? S.childlineUnder19 : S.childlineForOthers,
});

export interface CardHeldHearer {
  person?: Pick<YoungPerson, 'age' | 'schoolYear'>;
  /** The key worker's name, when they gave it earlier in the chat. */
  keyWorker?: string;
  phonesHard?: boolean;
}

/** Their own partner holds it ("my boyfrend has my card"): said so, with the domestic abuse helpline. */
const BY_OWN_PARTNER = /\bmy\s+(?:boyfriend|boyfrend|girlfriend|partner|bf|gf|husband|wife|fella)\b|\bnot\s+a\s+(?:friend|frend)\b/;


/** The answer to an adult's card or PIN held by someone else; `lead` and `noVoice` lines are given by the caller. */
export function cardHeldAnswer(hearer: CardHeldHearer, lead: readonly Words[], noVoiceLines: readonly Words[] | undefined, message = ''): Words[] {
  const partner = BY_OWN_PARTNER.test(message.toLowerCase());
  const keyWorker: Words = hearer.keyWorker ? { key: S.cardHeldKeyWorkerNamed, vars: { name: hearer.keyWorker } } : { key: S.cardHeldKeyWorker };
  const text: Words[] = [{ key: S.shout }, { key: S.samaritans }];
  const lines: Words[] = noVoiceLines ? [...noVoiceLines] : hearer.phonesHard ? [...text, childlineFor(hearer.person), { key: S.danger }] : [{ key: S.samaritans }, { key: S.shout }, childlineFor(hearer.person), { key: S.danger }];
  const heard: Words[] = partner ? [{ key: S.cardHeldHeardPartner }, { key: S.domesticAbuseLine }] : [{ key: S.cardHeldHeard }];
  return [...heard, { key: S.cardHeldNewCard }, ...lead, keyWorker, ...lines];
}

/** The key worker's name from what they told before (about them, hopes, needs, help) or this message. */
export function keyWorkerIn(draft: Pick<Draft, 'aboutMe' | 'aspirations' | 'needs' | 'outcomes'>, message: string): string | undefined {
  const { strengths, important, support } = draft.aboutMe;
  const help = draft.outcomes.flatMap((o) => o.provision.map((p) => p.text));
  return keyWorkerNamed([message, ...support, ...important, ...strengths, ...draft.aspirations.map((a) => a.text), ...draft.needs.map((n) => n.text), ...help]);
}
