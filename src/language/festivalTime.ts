import type { CoachContext } from './coaching';
import type { Timeframe } from './timeframe';
import { findTimeframeTolerant } from './timeframeTolerant';

/*
 * A step that names a thing of one festival or day of the year ("write his christmas cards", "the
 * nativity", "on sports day") and no time is done by that day: the time is read from the thing.
 */

/** Something that only happens at one festival or day of the year: "his christmas cards", "the nativity", "on sports day". */
const FESTIVAL_THING = [
  // Foods and things only had at one festival count as its things: mince pies, an advent calendar, hot cross buns.
  { festival: 'by christmas', thing: /\b(?:christmas|xmas|crimbo)\s+(?:cards?|play|concert|show|party|parties|dinner|lunch|fair|jumper|service|performance|presents?|tree|market|disco|panto|cake|pudding|stocking|cookies|biscuits|decorations|lights|wreath|crackers?)\b|\bnativity\b|\bsanta\b|\bmince\s+pies?\b|\badvent\s+calendars?\b|\bcarol\s+(?:service|concert|singing)\b/i },
  { festival: 'by easter', thing: /\beaster\s+(?:eggs?|egg\s+hunt|bonnet|parade|cards?|service|fair|crafts?)\b|\bhot\s+cross\s+buns?\b/i },
  // Days with a date of their own (timeRulesDays.ts): the day itself.
  { festival: 'by valentines day', thing: /\bvalentine'?s?(?:\s+day)?\b/i },
  { festival: 'by mothers day', thing: /\b(?:mother'?s'?|mum'?s|mums)\s+day\b|\bmothering\s+sunday\b/i },
  { festival: 'by pancake day', thing: /\bpancake\s+day\b|\bshrove\s+tuesday\b/i },
  { festival: 'by fathers day', thing: /\bfather'?s'?\s+day\b|\bdad'?s\s+day\b/i },
  { festival: 'by halloween', thing: /\bhalloween\b|\btrick\s+or\s+treat|\bcarv\w*\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?pumpkins?\b|\bpumpkin\s+carving\b/i },
  { festival: 'by bonfire night', thing: /\bbonfire\s+(?:night|nite)\b|\bfireworks?\s+(?:night|nite)\b|\bguy\s+fawkes\b/i },
  // Days that fall in one month every year: the month the calendar knows stands for the day.
  { festival: 'by march', thing: /\bworld\s+book\s+day\b/i },
  { festival: 'by july', thing: /\bsports?\s+day\b/i },
];

/** When the step names a thing of a festival and no time, the time is that festival. */
export function festivalTime(step: string, context: CoachContext): Timeframe | null {
  const named = FESTIVAL_THING.find(({ thing }) => thing.test(step));
  return named ? findTimeframeTolerant(named.festival, context) : null;
}
