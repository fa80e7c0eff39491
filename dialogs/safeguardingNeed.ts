import { addNeed } from '../src/domain/operations';
import { needSection, recogniseYesNo, type HarmPlace, placeOfDays } from '../src/language';
import { normaliseMessage } from '../src/language/text';
import type { Choice, Question, Words } from './say';
import type { JourneySession } from './session';
import { Step } from './ids';
import { SafeguardingText } from './safeguardingText';
import { understandChoice } from './understand';

/*
 * After a disclosure, the plan can carry the worry kindly: the way back to the plan comes with an
 * offer (never a demand) to add "I need to feel safe at school" to their plan, where the message
 * named one place. It is a safeguarding check step like the carry-on question it stands for: yes
 * or no both carry on (re-asking the interrupted question), "stop for now" stops. A no is
 * respected and the same place is never offered again; "carry on" means no.
 */

/** Where the need offered is about: a place the worry named, or loud, busy places (noise and pushing in crowds). */
export type NeedPlace = HarmPlace | 'busy';

export const SafeNeedText = {
  question: {
    school: 'safeguarding:safeNeed.question.school',
    college: 'safeguarding:safeNeed.question.college',
    home: 'safeguarding:safeNeed.question.home',
    online: 'safeguarding:safeNeed.question.online',
    travel: 'safeguarding:safeNeed.question.travel',
    busy: 'safeguarding:safeNeed.question.busy',
  } satisfies Record<NeedPlace, string>,
  need: {
    school: 'safeguarding:safeNeed.need.school',
    college: 'safeguarding:safeNeed.need.college',
    home: 'safeguarding:safeNeed.need.home',
    online: 'safeguarding:safeNeed.need.online',
    travel: 'safeguarding:safeNeed.need.travel',
    busy: 'safeguarding:safeNeed.need.busy',
  } satisfies Record<NeedPlace, string>,
  yes: 'safeguarding:safeNeed.yes',
  no: 'safeguarding:safeNeed.no',
  added: 'safeguarding:safeNeed.added',
  declined: 'safeguarding:safeNeed.declined',
  blocked: 'safeguarding:safeNeed.blocked',
  told: 'safeguarding:safeNeed.told',
} as const;

/** "i block them", "i just mute them": keeping themselves safe, said instead of yes or no. */
const BLOCKS = /\b(?:i|we)\s+(?:just\s+|always\s+|usually\s+)?(?:block|blocked|mute|muted|report|reported)\b/;
/** "i told my mum", "i tell a teacher": they told someone. */
const TELLS = /\b(?:i|we)\s+(?:just\s+|always\s+|usually\s+)?(?:tell|told)\s+(?:my|a|the|our)\s+/;

/** What keeping themselves safe they said, praised before the question comes again; nothing when they said none. */
export function keepingSafeHeard(text: string): { key: string } | undefined {
  const said = normaliseMessage(text);
  if (BLOCKS.test(said)) return { key: SafeNeedText.blocked };
  if (TELLS.test(said)) return { key: SafeNeedText.told };
  return undefined;
}

/** The offer is also the way back to the plan (as every step after the safeguarding check is): a choice either way carries on, or they stop. */
const SAFE_NEED_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: SafeNeedText.yes },
  { value: 'no', labelKey: SafeNeedText.no },
  { value: 'stop', labelKey: SafeguardingText.carryOnStop },
];

const PLACES: readonly NeedPlace[] = ['school', 'college', 'home', 'online', 'travel', 'busy'];
const isPlace = (place: string | undefined): place is NeedPlace => (PLACES as readonly string[]).includes(place ?? '');

/** "im safe", "yes im fine": an answer to "are you safe?" typed late, never a choice about the plan. */
const SAYS_HOW_THEY_ARE = /\b(?:im|i\s+am|i\s+feel|were|we\s+are)\s+(?:safe|fine|ok|okay|alright|all\s+right|good|not\s+safe|scared)\b/;

export const saysHowTheyAre = (text: string): boolean => SAYS_HOW_THEY_ARE.test(normaliseMessage(text));

// A shrug before the answer ("wateva. ye ok", "i guess yes"): the answer after it is what they chose.
const SHRUG_LEAD = /^\s*(?:(?:what\s*ever|wat\s*ever|wateva|watevs|whatevs|whateva|meh|i\s+guess|i\s+suppose|suppose|spose)[\s,.!]+)+/i;

/** "yes please", "ok", "no thanks", "nah leave it", "wateva. ye ok". */
/** "i said yes", "i already told you no": the answer said again. */
const SAID_AGAIN = /^(?:i\s+(?:already\s+|just\s+)?(?:said|told\s+(?:you|u))|like\s+i\s+said)\s+/i;

const yesOrNo = (text: string): string | undefined => {
  const yesNo = recogniseYesNo(text) ?? recogniseYesNo(text.replace(SHRUG_LEAD, '')) ?? recogniseYesNo(text.trim().replace(SAID_AGAIN, ''));
  return yesNo === 'yes' || yesNo === 'no' ? yesNo : undefined;
};

const understandSafeNeed = (text: string): string | undefined => {
  if (saysHowTheyAre(text)) return undefined;
  // "you asked me that already. i said yes", "they take the photos at school. yes add it": the answer is the last sentence.
  const last = text.split(/[.!?\n]+/).map((s) => s.trim()).filter(Boolean).at(-1);
  return yesOrNo(text) ?? (last && last !== text.trim() ? yesOrNo(last) : undefined);
};

export function safeNeedQuestion(place: string | undefined): Question {
  return { step: Step.safeguardingCheck, words: { key: SafeNeedText.question[isPlace(place) ? place : 'school'] }, choices: SAFE_NEED_CHOICES, understand: understandSafeNeed };
}

/** The place to offer a need about, if any: a young person (not a parent) who named one place not offered before. */
export async function safeNeedToOffer(session: JourneySession, place: string | undefined): Promise<NeedPlace | undefined> {
  if (!isPlace(place) || session.journey.safeNeedsOffered.includes(place)) return undefined;
  const draft = await session.draft();
  if (!draft) return undefined;
  const text = session.words.forMode('standard')(SafeNeedText.need[place]);
  return draft.needs.some((n) => n.text === text) ? undefined : place;
}

/**
 * "Stop for now" at the offer: it was seen, so it is not made again when they come back (they come
 * back to the question the worry interrupted). Nothing goes in the plan they did not choose.
 */
export async function noteSafeNeedOffered(session: JourneySession, place: string | undefined): Promise<void> {
  if (!isPlace(place) || session.journey.safeNeedsOffered.includes(place)) return;
  await session.updateJourney((j) => ({ ...j, safeNeedsOffered: [...j.safeNeedsOffered, place] }));
}

/** What a reply to the offer means: yes, no, or nothing clear. */
export function readSafeNeedAnswer(text: string, session: JourneySession, place: string | undefined): 'yes' | 'no' | undefined {
  const answer = understandChoice(text, safeNeedQuestion(place), session.words);
  return answer === 'yes' || answer === 'no' ? answer : undefined;
}

/**
 * Keeps their choice: a yes adds the need (linked to the hope being talked about, if any) and says
 * so in their words; a no keeps it out. Either way the place is not offered again.
 */
export async function keepSafeNeedAnswer(session: JourneySession, place: string | undefined, answer: 'yes' | 'no'): Promise<Words[]> {
  if (!isPlace(place)) return [];
  await noteSafeNeedOffered(session, place);
  if (answer === 'no') return [{ key: SafeNeedText.declined }];
  const text = session.words.forMode('standard')(SafeNeedText.need[place]);
  const topic = session.journey.interrupted?.topic;
  await session.updateDraft('a need about feeling safe', (d) => {
    const linked = topic && d.aspirations.some((a) => a.id === topic) ? [topic] : [];
    return addNeed(d, text, linked, needSection(text, placeOfDays(d))).draft;
  });
  return [{ key: SafeNeedText.added, vars: { need: text } }];
}
