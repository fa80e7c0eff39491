/*
 * "next season", "by the end of this season", "next seson": a sports season, said of a sporting
 * goal. In England the football season runs from August to May, so a season ends on 31 May; the
 * summer between seasons belongs to the season about to start.
 */
import { date, type CalendarDate } from '../domain/schoolCalendar';
import type { Resolved, Rule } from './timeContext';
import { BY, END_OF, rx } from './timePatterns';

/** "season" as typed by sound or in a hurry. */
const SEASON_WORD = '(?:season|seson|seasn|seaon|sesaon|seasen|sezon|seasun)';
const NEXT_ONE = '(?:the\\s+next|next|nxt|the\\s+coming|this\\s+coming|coming)';
const SPORT = '(?:football\\s+|footy\\s+|rugby\\s+|netball\\s+|league\\s+)?';

/** The 31 May that ends the season now under way (or about to start, in June and July). */
function seasonEnd(c: Resolved, next: boolean): CalendarDate {
  const endYear = c.today.month >= 6 ? c.today.year + 1 : c.today.year;
  return date(next ? endYear + 1 : endYear, 5, 31);
}

export const SPORT_RULES: readonly Rule[] = [
  // "next season", "by the end of next football season", "next seson"
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${END_OF})?${NEXT_ONE}\\s+${SPORT}${SEASON_WORD}\\b`),
    strong: true,
    resolve: (_m, c) => seasonEnd(c, true),
  },
  // "by the end of this season", "before the end of the season": "this season" alone is talk ("they're killing me this season").
  {
    re: rx(`\\b(?:${BY}\\s+(?:${END_OF})?|${END_OF})(?:this|the)\\s+${SPORT}${SEASON_WORD}\\b`),
    strong: true,
    resolve: (_m, c) => seasonEnd(c, false),
  },
];
