import { Step } from './ids';
import type { JourneySession } from './session';
import { setYoungPerson } from '../src/domain/draft';
import { besideNameCorrection, nameCheckedIn, newNameIn } from '../src/language/nameCorrection';
import { asksNameCapitalised } from '../src/language/nameCapitalAsked';
import { capitalise, mayBeAWord } from '../src/language/nameAnswer';
import { withNameCapitalised } from '../src/domain/nameCapitals';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { readNoWithInstruction } from '../src/language/noWithInstruction';

/* What the chat-talk reading asks of a message beside its main readers: hopes joined, the name put right. */

/** Open questions where "same as before. X" means X; the measure and the needs questions link what was said before. */
export const POINTER_LED_STEPS: ReadonlySet<string> = new Set([Step.outcomeStep, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides, Step.outcomeWhen]);

/** "one hope", "same dream": the words name a hope, so "same" is about the hopes, not a question asked again. */
export const ONE_HOPE_NAMED = /\b(?:one|1|single)\s+(?:hope|dream|wish|goal|aspiration)s?\b|\bsame\s+(?:hope|dream|wish|goal)\b/i;

/** "it's all one hope", "they go together": never "same thing", which at the measure points at words said before. */
export function joinsHopes(text: string): boolean {
  // "If it is 1 or none, this is success": a count said at the measure, never "it's all one".
  if (/\b(?:one|1)\s+or\s+(?:none|zero|0|two|2|less|fewer|more)\b|\bif\s+(?:it\s+is|its|it\s+s|there\s+is|theres)\s+(?:one|1)\b/i.test(text)) return false;
  return saysItIsOneHope(text) && !/\bsame\b/i.test(text) && /\b(?:one|1|together|split)\b/i.test(text);
}

/** The young person's name put right by a message, kept at once; what to say back, or undefined. */
export async function renameIfCorrected(session: JourneySession, text: string): Promise<{ name: string; rest: string; kept?: boolean } | undefined> {
  const draft = await session.draft();
  if (!draft) return undefined;
  // "did you get that my name is Ravi" when it is: said back, so the question is answered.
  const kept = draft.youngPerson.name;
  if (kept && nameCheckedIn(text, kept)) return { name: kept, rest: besideNameCorrection(text, kept), kept: true };
  const name = newNameIn(text, draft.youngPerson.name);
  if (!name) return undefined;
  // "his name is BEN not hes lol. year 4": the sentence beside the correction still answers the question.
  const rest = besideNameCorrection(text, draft.youngPerson.name);
  await session.updateDraft('name corrected', (d) => setYoungPerson(d, { name }));
  return { name, rest };
}

/**
 * "Can you put a capital E on Ellie-May": the name given its capitals in every stored text at once.
 * Whether any stored words changed, or undefined when the message asks nothing about capitals.
 */
export async function capitaliseNameIfAsked(session: JourneySession, text: string): Promise<{ name: string; changed: boolean } | undefined> {
  const draft = await session.draft();
  const kept = draft?.youngPerson.name;
  if (!draft || !kept || !asksNameCapitalised(text, kept)) return undefined;
  // "ellie-may" kept as typed becomes "Ellie-May"; "McKenzie" keeps the capitals it has.
  const name = kept === kept.toLowerCase() ? capitalise(kept) : kept;
  const { changed } = withNameCapitalised(draft, name, mayBeAWord);
  if (changed > 0 || name !== kept) await session.updateDraft('name capitalised', (d) => withNameCapitalised(d, name, mayBeAWord).draft);
  return { name, changed: changed > 0 || name !== kept };
}

/** "no!! whats number 20. i want the potty thing gone" at the review: the request after the no is the answer, never an aside. */
export function noWithRequestAtReview(stage: string | undefined, text: string): boolean {
  return stage === 'review' && Boolean(readNoWithInstruction(text)?.instruction);
}
