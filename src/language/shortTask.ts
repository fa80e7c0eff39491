/*
 * A short step said by what is finished, with no time: something of theirs already under way that
 * lasts days or weeks ("finish my week of work trial"), one small piece of work ("finish my science
 * worksheet", "finish the jigsaw he's been doing"), or the next small part of something ("read the
 * next chapter of my book"). Courses, years and qualifications take longer, and a piece of work done
 * again and again ("finish a worksheet on his own in every lesson") is a habit: both are outcomes.
 */

const FINISH = '(?:finish|complete|get\\s+through|see\\s+out)';

/**
 * "finish my week of work trial", "complete this two-week course": something of theirs already under
 * way that lasts days or weeks is done within weeks ("do a trial for two weeks", not yet begun, says
 * how long and not when).
 */
const FINISH_WEEKS = new RegExp(
  `\\b${FINISH}\\s+(?:my|his|her|their|this|the\\s+rest\\s+of\\s+(?:my|his|her|the))\\s+(?:(?:one|two|three|four|five|six|a|\\d)[\\s-]+)?(?:days?|weeks?|fortnights?|fortnight's|week's)(?:[\\s-]+long)?\\s+(?:of\\s+)?[a-z]`,
  'i',
);

/** One small piece of work, done in a sitting or a few: a worksheet, a page, a jigsaw, a reading book. */
const SMALL_WORK =
  '(?:work\\s*sheet|sheet|page|chapter|jigsaw|puzzle|picture|drawing|painting|colouring(?:[\\s-]+in)?|poster|essay|(?:reading|phonics|library|story|school)\\s+book|lego\\s+(?:set|model|kit))';
/** "finish my science worksheet", "finish the 20 piece jigsaw": one of them, named as theirs or as this one. */
const FINISH_SMALL = new RegExp(`\\b${FINISH}\\s+(?:my|his|her|their|this|that|the)\\s+(?:[a-z0-9'-]+\\s+){0,3}?${SMALL_WORK}\\b`, 'i');

/** "the jigsaw he's been doing", "the book she is on": something already begun. */
const UNDER_WAY =
  "(?:(?:i|he|she|they)(?:'?s|'?m|'?re|\\s+is|\\s+am|\\s+are)\\s+(?:on|doing|reading|making|building|writing|working\\s+on|(?:been|currently)\\s+[a-z]+)|(?:i|he|she|they)(?:'?ve|\\s+have|\\s+has)\\s+been\\s+[a-z]+|(?:i|he|she|they)\\s+(?:started|began|got))\\b";
const FINISH_UNDER_WAY = new RegExp(`\\b${FINISH}\\s+(?:my|his|her|their|this|that|the)\\s+(?:[a-z0-9'-]+\\s+){0,4}?(?:that\\s+|which\\s+)?${UNDER_WAY}`, 'i');
/** Things that last a year or more, however far along they are. */
const LONG_THING =
  /\b(?:course|college|school|sixth\s+form|year|degree|apprenticeship|traineeship|internship|training|programme|program|placement|qualification|level|diploma|btec|nvq|gcses?|a[\s-]?levels?|studies|uni|university|project|coursework|portfolio)\b/i;

/** "read the next chapter", "learn the next song": the next small part of what they are doing. */
const NEXT_PART =
  /\b(?:read|do|finish|complete|write|learn|play|watch|practi[sc]e)\s+(?:the\s+|my\s+)?next\s+(?:chapter|page|pages|work\s*sheet|sheet|episode|song|verse|piece)\b/i;

/** A habit, not one piece: "every lesson", "each day", "always". */
const HABIT = /\b(?:every|each|always|daily|weekly|most|all\s+(?:my|his|her|the))\b/i;

/** The step names one short piece of work, or something short already under way, to be finished. */
export function isShortTask(step: string): boolean {
  if (FINISH_WEEKS.test(step)) return true;
  if (HABIT.test(step)) return false;
  if (FINISH_SMALL.test(step) || NEXT_PART.test(step)) return true;
  const underWay = FINISH_UNDER_WAY.exec(step);
  return underWay !== null && !LONG_THING.test(underWay[0]);
}
