/*
 * "next season", "by the end of this season", "next seson": a sports season, said of a sporting
 * goal. In England the football season runs from August to May. "Next season" on its own (or "by
 * the start of next season") is when it starts, in August: being ready to play is the goal. "The
 * end of the season" is 31 May. The summer between seasons belongs to the season about to start.
 * A season is read so only when its sport is named, in the words ("before the football season
 * starts") or in the goal the time is for (`seasonSport`): "before the season starts" alone may be
 * any season (cricket, swimming, a show), so no date is guessed and the month is asked.
 */
import { date, type CalendarDate } from '../domain/schoolCalendar';
import type { Resolved, Rule } from './timeContext';
import { BY, END_OF, rx } from './timePatterns';

/** "season" as typed by sound or in a hurry. */
const SEASON_WORD = '(?:season|seson|seasn|seaon|sesaon|seasen|sezon|seasun)';
const SEASON = new RegExp(`\\b${SEASON_WORD}\\b`, 'i');
const NEXT_ONE = '(?:the\\s+next|next|nxt|the\\s+coming|this\\s+coming|coming)';
const SPORT = '(?:football\\s+|footy\\s+|rugby\\s+|netball\\s+|league\\s+)?';
const START_OF = '(?:(?:the\\s+)?(?:very\\s+)?(?:start|beginning|begining|kick\\s*off|first\\s+day)\\s+of\\s+)';
/** Sports whose season runs from August to May. */
const SEASON_SPORT = /\b(?:football|footy|footie|soccer|rugby|netball|league|hockey)\b/i;

/** The goal's words name a sport played from August to May ("play for a football team"). */
export function namesSeasonSport(text: string): boolean {
  return SEASON_SPORT.test(text);
}

/** "next season", "before the football season starts": a season named, with or without its sport. */
export function namesSeason(text: string): boolean {
  return SEASON.test(text);
}

/** "before the season starts": a season said without its sport, which no calendar can place. */
export function namesSeasonOnly(text: string): boolean {
  return SEASON.test(text) && !SEASON_SPORT.test(text);
}

/** The season's sport is known: named in the words ("play footy next season"), or in the goal. */
const known = (m: RegExpExecArray, c: Resolved): boolean => c.seasonSport || SEASON_SPORT.test(m.input);

/** The 31 May that ends the season now under way (or about to start, in June and July). */
function seasonEnd(c: Resolved, next: boolean): CalendarDate {
  const endYear = c.today.month >= 6 ? c.today.year + 1 : c.today.year;
  return date(next ? endYear + 1 : endYear, 5, 31);
}

/** The August the next season starts: this year's until July, then next year's. */
function nextSeasonStart(c: Resolved): CalendarDate {
  return date(c.today.month <= 7 ? c.today.year : c.today.year + 1, 8, 31);
}

export const SPORT_RULES: readonly Rule[] = [
  // "by the end of next football season", "end of next seson": the May that season ends.
  {
    re: rx(`\\b(?:${BY}\\s+)?${END_OF}${NEXT_ONE}\\s+${SPORT}${SEASON_WORD}\\b`),
    strong: true,
    resolve: (m, c) => (known(m, c) ? seasonEnd(c, true) : null),
  },
  // "next season", "by next football season", "by the start of next season", "b4 the season starts": the August it starts.
  {
    re: rx(`\\b(?:${BY}\\s+)?(?:${START_OF}(?:${NEXT_ONE}\\s+|the\\s+)?${SPORT}${SEASON_WORD}|${NEXT_ONE}\\s+${SPORT}${SEASON_WORD}|(?:before|b4|befor|by)\\s+(?:the\\s+)?${SPORT}${SEASON_WORD}\\s+(?:starts|begins|kicks\\s+off))\\b`),
    strong: true,
    resolve: (m, c) => (known(m, c) ? nextSeasonStart(c) : null),
  },
  // "by the end of this season", "end of the season", "before the end of season": "this season" alone is talk ("they're killing me this season").
  {
    re: rx(`\\b(?:${BY}\\s+${END_OF}(?:this\\s+|the\\s+)?|${END_OF}(?:this\\s+|the\\s+)?|${BY}\\s+(?:this|the)\\s+)${SPORT}${SEASON_WORD}\\b`),
    strong: true,
    resolve: (m, c) => (known(m, c) ? seasonEnd(c, false) : null),
  },
];
