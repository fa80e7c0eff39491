import { fitsTheAge } from './hopeIdeasByAge';
import { isOnlyATime } from '../src/language/onlyATime';
import { quoteOf } from '../src/language';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "next year" typed at "What helps you with this now?" says when, not what helps: it is not kept.
 * The question is asked again with a kind word that says what is wanted.
 */

export const TimeOnlyText: { helps: WhomKeys } = {
  helps: { self: 'needs:helps.timeOnly', child: 'needs:helps.timeOnlyChild', yourChild: 'needs:helps.timeOnlyYourChild' },
};

/** The reply to a time alone at the helps question, or undefined when the answer is help. */
export async function timeOnlyAtHelps(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const draft = await session.draft();
  if (!isOnlyATime(text, coachContextOf(draft, session.today))) return undefined;
  return { say: [fitsTheAge(wordsFor(draft, TimeOnlyText.helps, { quote: quoteOf(text) }), draft)], goTo: position, miss: true };
}
