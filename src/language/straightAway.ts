import { addDays, compareDates, currentTerm, formatIsoDate, nextTerm, parseIsoDate } from '../domain/schoolCalendar';
import type { CoachContext } from './coaching';
import { foldCase } from './text';
import type { Timeframe } from './timeframe';
import { withoutFillers } from './whenFillers';

/** "now", "asap", "straight away": as soon as they can, a short time (the end of this term). */
const STRAIGHT_AWAY =
  /^(?:by\s+)?(?:(?:right\s+)?now|asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|poss|i\s+can|we\s+can|he\s+can|she\s+can)|straight\s+away|straightaway|right\s+away|immediately|today|at\s+once|soon\s+as\s+possible|quickly|quick\s+as\s+possible)$/;
export const AS_SOON_AS_POSSIBLE = 'as soon as possible';

export function straightAway(text: string, context: CoachContext): Timeframe | null {
  if (!STRAIGHT_AWAY.test(withoutFillers(foldCase(text)).replace(/[.!?]+$/, ''))) return null;
  const today = parseIsoDate(context.today);
  if (!today) return null;
  // The end of this term, or of the next when this one ends within a fortnight.
  let term = currentTerm(today);
  if (compareDates(term.end, addDays(today, 14)) < 0) term = nextTerm(term.end);
  return { phrase: AS_SOON_AS_POSSIBLE, date: formatIsoDate(term.end) };
}
