import type { TurnContext } from 'botbuilder';
import { isAdult } from '../src/domain/lifeStage';
import { saysSomeoneDoesItAll, wishesForARealFriend } from '../src/language/moneyHelpWish';
import { keyWorkerIn } from './cardHeldAnswer';
import { Step } from './ids';
import { keepToldAgain } from './safeguardingSaidAfter';
import { SafeguardingText as S } from './safeguardingText';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * After a worry about someone keeping an adult's money was noted, at "who helps?": "a real friend", "no one, craig does
 * all that". Neither is a supporter to keep in the plan. They hear what the bank card answer says: the money is theirs,
 * nobody should keep it, and their key worker (by name when known) or adult social care can help; the words join the
 * note, and the question is asked again.
 */

export const MoneyHelpText = { heard: S.moneyYours, notKept: 'safeguarding:moneyHelp.notKept' } as const;

/** The questions that ask who or what helps. */
const HELP_STEPS: ReadonlySet<string> = new Set([Step.needsHelps, Step.outcomeProvides, Step.aboutMeSupport]);
const MONEY = /\b(?:money|pip|benefits?|card|bank|wages|cash|savings|universal|esa|dla)\b/;
const NOTE_KINDS: ReadonlySet<string> = new Set(['exploitation', 'domestic_abuse', 'harm_from_others']);

/** Whether the message was one of these and was answered (the question is then asked again). */
export async function answeredMoneyHelp(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const step = session.journey.position?.step;
  if (!step || !HELP_STEPS.has(step)) return false;
  const friend = wishesForARealFriend(text);
  const who = friend ? undefined : saysSomeoneDoesItAll(text);
  if (!friend && !who) return false;
  const draft = await session.draft();
  if (!draft || !isAdult(draft.youngPerson)) return false;
  const note = [...draft.flags].reverse().find((f) => !f.takenBackAt && NOTE_KINDS.has(f.category));
  if (!note) return false;
  // A worry about their money, in the note's words or this message's.
  const matters = (session.journey.flaggedMatters ?? []).filter((m) => m.category === note.category);
  const aboutMoney = note.category === 'exploitation' || matters.some((m) => m.words.some((w) => MONEY.test(w))) || MONEY.test(text.toLowerCase());
  if (!aboutMoney) return false;
  // "craig does all that": only the person the note is about (or "he", "she"); "jane sorts my money" may be their appointee.
  const names = matters.flatMap((m) => [...(m.names ?? []), ...(m.people ?? [])]);
  if (who && !/^(?:he|she|they)$/.test(who) && !names.includes(who) && !(session.journey.partnerNames ?? []).includes(who)) return false;
  await keepToldAgain(session, note.category, text);
  const keyWorker = keyWorkerIn(draft, text);
  await sayAll(context, session.t, [
    { key: MoneyHelpText.heard },
    keyWorker ? { key: S.cardHeldKeyWorkerNamed, vars: { name: keyWorker } } : { key: S.cardHeldKeyWorker },
    { key: MoneyHelpText.notKept },
  ]);
  return true;
}
