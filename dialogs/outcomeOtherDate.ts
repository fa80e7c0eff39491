import type { Draft, Outcome, Timeframe } from '../src/domain/draft';
import { dateOnlyChange } from '../src/language/dateOnly';
import { pointsAtOtherDate } from '../src/language/otherOneDate';
import { coachContextOf } from './outcomeCoach';
import { newDateAtReadBack } from './outcomeConfirmPart';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "can it be october half term in year 7 like the other one", "same date as the other goal": at the
 * read-back, only the date changes (to the time said, else the other outcome's); the words stay.
 */

/** The one other outcome's time, when all the others share one date; else none (which is meant is not clear). */
function otherOutcomesTime(draft: Draft, outcome: Outcome): Timeframe | null {
  const times = draft.outcomes.filter((o) => o.id !== outcome.id && o.timeframe).map((o) => o.timeframe!);
  const dates = new Set(times.map((t) => t.date));
  return dates.size === 1 ? times[0]! : null;
}

/** The new date made and read back; undefined when the message does not point at another outcome's date. */
export async function otherOutcomeDateAtReadBack(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next | undefined> {
  const pointed = pointsAtOtherDate(text);
  if (!pointed) return undefined;
  const said = pointed.onlyPointed || !pointed.rest ? null : dateOnlyChange(pointed.rest, coachContextOf(draft, session.today));
  if (!said && !pointed.onlyPointed) return undefined;
  return newDateAtReadBack(session, position, draft, outcome, said ?? otherOutcomesTime(draft, outcome));
}
