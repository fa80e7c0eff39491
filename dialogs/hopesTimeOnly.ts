import { isOnlyATime } from '../src/language/onlyATime';
import { quoteOf } from '../src/language';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "in a year" typed where a hope is asked for says when, not what: it is never kept as a hope. The
 * question is asked again with a kind word that says what is wanted; when comes with the outcomes.
 */

export const HopesTimeOnlyText: WhomKeys = { self: 'hopes:timeOnly', child: 'hopes:timeOnlyChild', yourChild: 'hopes:timeOnlyYourChild' };

/** The reply to a time alone where a hope is asked for, or undefined when the answer is more than a time. */
export async function timeOnlyAtHopes(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const draft = await session.draft();
  if (!isOnlyATime(text, coachContextOf(draft, session.today))) return undefined;
  return { say: [wordsFor(draft, HopesTimeOnlyText, { quote: quoteOf(text) })], goTo: position, miss: true };
}
