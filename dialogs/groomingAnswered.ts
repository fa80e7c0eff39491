import type { TurnContext } from 'botbuilder';
import { asksAboutGrooming, tellsOfOnlineGrooming } from '../src/language/groomingAsked';
import { sayAll, type Words } from './say';
import { keepToldAgain } from './safeguardingSaidAfter';
import type { JourneySession } from './session';

/*
 * After a note about online grooming (someone asking a child for pictures, "mature for your age",
 * keep it secret), the child's own questions get a clear answer for that harm: it is not OK, do not
 * send any, you need not answer, it is not your fault, keep the messages, tell an adult today, and
 * where to report it without a phone call. Each such question is added to the note too.
 */

/** Marks a flagged matter as online grooming (beside the things it named), so later questions are read as about it. */
export const GROOMING_MATTER = 'grooming';

export const GroomingText = {
  notOk: 'safeguarding:grooming.notOk',
  keep: 'safeguarding:grooming.keep',
  report: 'safeguarding:grooming.report',
  questionNoted: 'safeguarding:grooming.questionNoted',
} as const;

/** The categories a grooming note may be filed under. */
const GROOMING_KINDS = new Set(['sexual_abuse', 'exploitation', 'harm_from_others', 'other']);

/** Whether the worry told is online grooming, for the kind of note it is. */
export const isGroomingWorry = (category: string, message: string): boolean => GROOMING_KINDS.has(category) && tellsOfOnlineGrooming(message);

/** The plain answer to a question about grooming, in the order a child needs it. */
export const GROOMING_ANSWER: readonly Words[] = [{ key: GroomingText.notOk }, { key: GroomingText.keep }, { key: GroomingText.report }];

/** The kind of a grooming note still standing (not taken back), if the chat made one. */
export async function groomingNoted(session: JourneySession): Promise<string | undefined> {
  const matters = (session.journey.flaggedMatters ?? []).filter((m) => m.words.includes(GROOMING_MATTER));
  if (matters.length === 0) return undefined;
  const flags = ((await session.draft())?.flags ?? []).filter((f) => !f.takenBackAt);
  return matters.map((m) => m.category).find((c) => flags.some((f) => f.category === c));
}

/** The answer when the message asks about the grooming a note is about ("is it bad?", "should i send them?"). */
export function groomingAnswerWords(text: string, grooming: boolean): Words[] {
  return grooming && asksAboutGrooming(text) ? [...GROOMING_ANSWER] : [];
}

/**
 * At a plan question after a grooming note: "should i send them?", "what do i say to him", "hes waiting"
 * is answered plainly, added to the note, and the plan question asked again; never kept in the plan.
 */
export async function answeredGroomingAsked(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!asksAboutGrooming(text)) return false;
  const kind = await groomingNoted(session);
  if (!kind) return false;
  await keepToldAgain(session, kind, text);
  await sayAll(context, session.t, [...GROOMING_ANSWER, { key: GroomingText.questionNoted }]);
  return true;
}
