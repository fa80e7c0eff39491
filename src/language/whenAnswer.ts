import { RecentReadings, readingKey } from './recentReadings';
import { schoolYearTurning } from '../domain/schoolYear';
import type { CoachContext } from './coaching';
import { findTimePhrase, type Timeframe } from './timeframe';
import { festivalTime } from './festivalTime';
import { withoutPointingTail } from './timeBesideRemark';
import { spelledForCalendar } from './whenSpelling';
import { isMonthRemark } from './monthRemark';
import { monthSaidBeside } from './monthSaid';
import { namesSeasonOnly } from './timeRulesSport';
import { seasonMonthSaid } from './seasonMonth';
import { beforeASeptemberStart } from './septemberStart';
import { birthdayYearsAhead } from './birthdayAhead';
import { timeSaidTwice } from './timeSaidTwice';
import { withoutDoingIt } from './timePatterns';
import { isPastDate, isTargetDate } from './whenDateKind';
import { withoutFillers } from './whenFillers';
import { withoutForBoth } from './forBoth';
import { AS_SOON_AS_POSSIBLE, straightAway } from './straightAway';
import { MAX_CHARS, resolveTime } from './timeframeTolerant';
import { SOON_SAID_FIRST } from './soonSaidFirst';
import { afterSchoolYear } from './afterSchoolYear';

export { spellTimeWords } from './whenSpelling';

/*
 * The answer to "by when?": the person's own words resolved on England's school calendar, spelling
 * and all ("wen i leve skool", "by crismas"), and whether the date is so close that it is a target
 * (a step on the way) rather than an outcome.
 */

export interface WhenReading {
  timeframe: Timeframe | null;
  /** Sooner than about six months (three in the early years): a step on the way, not an outcome. */
  target: boolean;
  /** Before today: it cannot be when they will do it. */
  past: boolean;
}

/**
 * Everyday ways of naming a time the calendar rules do not read, said in the words they do:
 * "next 6 weeks" and "in next 6 weeks" (in the next 6 weeks), "christmas next year" (christmas of
 * next year's date).
 */
export function calendarWords(text: string, context: { today: string }): string[] {
  const nextYear = Number(context.today.slice(0, 4)) + 1;
  const said = text
    .replace(/\b(?:in\s+)?(?:the\s+)?next\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|couple\s+of)\s+(?:days|weeks|months))\b/g, 'in the next $1')
    .replace(/\b(christmas|easter|summer|spring|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?next\s+year\b/g, `$1 ${nextYear}`)
    // "in like 6 weeks": "like" before a count is a spoken "about".
    .replace(/\b(in|within|by)\s+like\s+(?=\d|an?\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+few\b|a\s+couple\b)/g, '$1 ');
  if (said === text) return [];
  return /^(?:by|in|before|until|till|within)\b/.test(said) ? [said] : [said, `by ${said}`];
}

/**
 * Small words said around a time that add nothing to it ("by", "at the latest", "please"), an age
 * beside it ("when I'm 18"), and the end of what they are on ("by the end of my course next summer").
 */
const AROUND =
  /^(?:by|in|at|on|the|of|end|before|after|until|till|asap|soon|around|about|latest|so|or|ish|please|pls|ok|okay|yes|yeah|yep|well|just|like|hopefully|maybe|probably|then|it|its|that|would|will|be|should|time|i|think|guess|hope|reckon|idk|dunno|um+|erm+|lol|tbh|a|an|and|hmm+|when|im|i'm|hes|he's|shes|she's|is|am|turn|turns|\d+|years?|old|my|his|her|their|course|placement|apprenticeship|internship|traineeship|training|programme|program|contract|birthday|bday|\d+(?:st|nd|rd|th))$/;

/** The answer without the time phrase read in it. */
function restOf(answer: string, phrase: string): string {
  const lower = answer.toLowerCase();
  const at = lower.indexOf(phrase.toLowerCase());
  return at < 0 ? '' : lower.slice(0, at) + ' ' + lower.slice(at + phrase.length);
}

/** How many words of an answer are neither the time phrase nor small words around it. */
function wordsBesides(answer: string, phrase: string): number {
  // "before we break up for summer": breaking up is the holiday's start, said around its name.
  return restOf(answer, phrase).replace(/\b(?:we|they|i|he|she|school)\s+breaks?\s+up\b/g, ' ').replace(/[^a-z0-9'\s]+/g, ' ').split(/\s+/).filter((w) => w && !AROUND.test(w)).length;
}

/** "by the time he finishes school this summer": the rest names the same month again, so it is one time. */
function saysItAgain(answer: string, found: Timeframe, context: CoachContext): boolean {
  const again = findTimePhrase(restOf(answer, found.phrase), context);
  return again?.date?.slice(0, 7) === found.date.slice(0, 7);
}

/** Words that say "roughly" before a time: "around", "about", "sometime in". */
const ROUGHLY = /^(?:(?:around|about|roughly|approximately|approx|sometime|some\s+time)(?:\s+(?:in|around|by|before|at))?(?:\s+the)?)\s+/;

/** Under five with no school year known: the year they are probably in, for "end of nursery". */
function withGuessedYear(context: CoachContext): CoachContext | undefined {
  if (context.schoolYear !== undefined || context.age === undefined || context.age >= 5 || context.dateOfBirth) return undefined;
  return { ...context, schoolYear: schoolYearTurning(context.age) };
}

/**
 * Reads an answer to "by when?". The phrase kept is the person's own (as typed, trimmed); the date
 * is the end of the period it means.
 */
export function readWhenAnswer(text: string, context: CoachContext): WhenReading {
  return whenReadings.read(readingKey(text, context), () => whenAnswerAfresh(text, context));
}

/** Each answer to "by when?" is read once a turn, however many readers ask. */
const whenReadings = new RecentReadings<WhenReading>();

/** "asap like", "as soon as possible so": said before the named time it means ("after christmas", "in 2 weeks"), never kept. */
const SOON_LEAD = new RegExp(`${SOON_SAID_FIRST}(?=(?:after|before|by|end|the|christmas|easter|summer|half)\\b)`, 'i');

/** A month named anywhere in the answer ("may" only where it is the month: "in may", "may 2028"). */
const MONTH_NAMED = /\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:in|by|of|end|until|till|til)\s+may\b|\bmay\s+20\d\d\b/i;

/** A month named on its own ("june", "by june", "end of june"). */
const MONTH_ALONE = /^(?:(?:by|in|end\s+of|the\s+end\s+of)\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "When By july 2027", "by when: by easter": the question's own words typed before the answer to it. */
const QUESTION_ECHOED =
  /^(?:by\s+)?when\b[\s?:,.!-]*(?=(?:by|before|in|within|around|about|at|end|until|till|the\s+end|next|this|january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b)/i;

/** "soon.", "asap,": wanting it soon said as its own piece before the time named after it. */
const SOON_PIECE = /^(?:soon|sooner\s+rather\s+than\s+later|quickly|quick|asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|poss|i\s+can))\s*[.,;:!-]+\s*(\S.*)$/i;

/** "please" said first, "please", "thanks" or "thank you" said last. */
const POLITE_EDGES = /^(?:(?:please|pls|plz)[\s,]+)+|(?:[\s,]+(?:please|pls|plz|thanks|thank\s+(?:you|u)|ta|cheers)[\s.!]*)+$/gi;

/** ", be realistic", "to be honest", "realistically": a hedge said after the time, never part of it. */
const HEDGE_AFTER = /(?:\s*[,.;:-]\s*|\s+)(?:(?:to\s+|let'?s\s+|lets\s+)?be\s+(?:realistic|honest|fair)|realistically|honestly|tbh|if\s+i'?m\s+honest|if\s+im\s+being\s+honest)[\s.!]*$/i;

function whenAnswerAfresh(text: string, context: CoachContext): WhenReading {
  // "by the end of next season, it finishes in may 2028", "next season, so september": the month said
  // says when that season is, so the season is read (and the month said wins, as beside any season).
  if (!context.seasonSport && namesSeasonOnly(text) && MONTH_NAMED.test(text)) return whenAnswerAfresh(text, { ...context, seasonSport: true });
  // "easter i said": the remark pointing back is never part of the phrase kept.
  // "i will do it before i go to college": the doing said first is not part of the time either.
  // "end of Year 6 please": words of politeness are never part of the time kept.
  // "both by next summer": whom the time is for is not part of it.
  const own = echoedChoice(withoutDoingIt(withoutPointingTail(withoutForBoth(text.slice(0, MAX_CHARS).replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '').replace(POLITE_EDGES, '').replace(HEDGE_AFTER, '')).replace(QUESTION_ECHOED, ''))));
  // "july is my birthday month": said about the month, never the time the step is done by.
  if (isMonthRemark(own.replace(/^by\s+/i, ''))) return { timeframe: null, target: false, past: false };
  // "after yr 11 so like september next year": the school year said first wins over the calendar time beside it.
  const afterAYear = afterSchoolYear(own, context, (rest) => whenAnswerAfresh(rest, context).timeframe);
  if (afterAYear) return { timeframe: afterAYear, target: isTargetDate(afterAYear.date, context), past: false };
  // "soon. next season": "soon" said on its own before the time named is no part of it.
  const soonFirst = SOON_PIECE.exec(own);
  if (soonFirst) {
    const named = whenAnswerAfresh(soonFirst[1]!, context);
    if (named.timeframe) return named;
  }
  const fixed = spelledForCalendar(own);
  const changed = changedTime(own, context);
  if (changed) return changed;
  // "end of the year. june": a month said after, on its own, is the time said more exactly.
  const last = own.split(/(?<=[.!?])\s+/).pop()!.replace(/[.!?]+$/, '').trim();
  if (last !== own && MONTH_ALONE.test(last)) {
    const exact = whenAnswerAfresh(last, context);
    if (exact.timeframe && !exact.past) return exact;
  }
  const soon = straightAway(own, context);
  if (soon) return { timeframe: soon, target: isTargetDate(soon.date, context), past: false };
  const again = chosenAgain(own, context);
  if (again) return again;
  const contexts = [context, withGuessedYear(context)].filter((c): c is CoachContext => c !== undefined);
  // A bare school year at "by when?" ("year 11") means the end of that year, as the button does.
  const bareYear = /^(?:year|yr|y)\s*-?\s*\d{1,2}$/.test(fixed);
  // "finish reception", "leaving year 11": the end of a stage said with no "when", read as "when I finish".
  const stageEnd = STAGE_END.exec(fixed);
  const whenSaid = stageEnd ? [`when i ${/^fin/.test(stageEnd[1]!) ? 'finish' : 'leave'} ${stageEnd[2]}`] : [];
  for (const c of contexts) {
    // "by christmas next year" is read whole before "by christmas" in it.
    // "around easter", "sometime in the summer": roughly then, read as by then.
    const roughly = fixed.replace(ROUGHLY, 'by ');
    for (const candidate of [...calendarWords(fixed, c), own, fixed, bareYear ? `by the end of ${fixed}` : `by ${fixed}`, ...(roughly !== fixed ? [roughly] : []), ...whenSaid]) {
      const found = resolveTime(candidate, c);
      if (!found) continue;
      // A short answer is all time phrase: keep it as they typed it, without fillers; two times or a
      // question in it ("by christmas? or after half term") keep only the phrase read.
      // "in a year or two", "in a month or so": an "or" inside the time read is one time, said roughly.
      // The rest is read against the words the phrase was found in ("by yr 10 ..." when "by" was put in front).
      const torn = /\?/.test(own) || /\bor\b/i.test(restOf(candidate, found.phrase));
      // "By Year 10 thats when you do work experience": the reason said with the time is not the time.
      // "by the time I leave school in the summer": a time said twice is all time phrase, if longer.
      // "for the show in march", "by my anniversary at work which is in may": the day named is the time.
      const twice = saysItAgain(candidate, found, c) || namesItsDay(own, found.phrase);
      const besides = wordsBesides(candidate, found.phrase);
      const aside = besides >= 2 && !twice;
      // "by the time im 14. my birthday is 20 june": every other word is about the time too, so it is all one time.
      // "In 6 months. That would be June 2027, I will find out if that works": the date said again and the remark after it are not kept.
      const whole = twice ? timeSaidTwice(own, found.phrase, (clause) => [clause, `by ${clause.replace(/^(?:(?:so|like|or|and|about|around)\s+)+/i, '')}`].some((said) => findTimePhrase(said, c) !== null)) : own;
      // "asap like after christmas": "as soon as possible" said first is not part of the time it means.
      const phrase = withoutFillers(!torn && !aside && whole.split(/\s+/).length <= (twice || besides === 0 ? 14 : 8) ? whole.replace(SOON_LEAD, '') : found.phrase);
      // "summer gcse results day is august": the month said is the time said exactly.
      // "before the season starts in march": the month (and year) said beside a season is when it is.
      const said =
        seasonMonthSaid(own, found.phrase, found.date, context.today) ?? monthSaidBeside(own, found.phrase, beforeASeptemberStart(fixed, found.date)) ?? beforeASeptemberStart(fixed, found.date);
      const date = birthdayYearsAhead(own, said, context);
      return { timeframe: { phrase, date }, target: isTargetDate(date, context), past: isPastDate(date, context.today) };
    }
  }
  return inPieces(own, context) ?? hedged(own, context) ?? dayOfTheYear(own, context) ?? { timeframe: null, target: false, past: false };
}

/**
 * A choice on screen said back: "the summer one", "the july option". The time is the choice;
 * "the ... one" is not part of it.
 */
function echoedChoice(own: string): string {
  // "please" stays: the phrase kept is all they typed ("end of year 9 please" is still that choice's time).
  const one = /^(?:(?:i'?ll\s+(?:go\s+with|take|have)|i\s+want|go\s+with)\s+)?the\s+(.+?)\s+(?:one|option|choice|button)$/i.exec(own);
  return one ? one[1]! : own;
}

/**
 * A time said, then put right: "by christmas, well maybe by easter", "july. actually september",
 * "next summer no wait christmas". The words after "well", "actually", "no" or "I mean" are the time
 * meant. A second guess without such a word ("by christmas? or after half term") keeps the first.
 */
const PUT_RIGHT =
  /^(.*?\S)\s*[,.;:!?-]*\s+(?:(?:well|actually|actualy|acc?tually|no|nah|or\s+rather|i\s+mean|sorry|wait|make\s+(?:it|that)|change\s+(?:it|that)\s+to)\b[\s,.!-]*)+(?:(?:maybe|probably|perhaps|more\s+like|like|to|say)\b[\s,]*)*(.+)$/i;

function changedTime(own: string, context: CoachContext): WhenReading | null {
  const said = PUT_RIGHT.exec(own);
  // "by the summer well thats when i finish school": a reason after the time, not a new time.
  if (!said || /^(?:that'?s|thats|it'?s|its|because|cos|coz|as|so|when)\b/i.test(said[2]!)) return null;
  const first = resolveTime(spelledForCalendar(said[1]!), context) ?? resolveTime(`by ${spelledForCalendar(said[1]!)}`, context);
  if (!first) return null;
  const last = whenAnswerAfresh(said[2]!, context);
  return last.timeframe ? last : null;
}

/** "finish reception", "finishing year 11", "leave college": the end of a stage, said without "when". */
const STAGE_END =
  /^(finish|finishes|finishing|leave|leaves|leaving)\s+((?:(?:my|his|her|their|the)\s+)?(?:reception|nursery|pre[\s-]?school|school|primary|primary\s+school|secondary|secondary\s+school|college|sixth\s+form|6th\s+form|uni|university|year\s+\d{1,2}|key\s+stage\s+\d|ks\s*\d))$/;

/**
 * "for the show in march", "by my 1 year anniversary at work which is in may": a day of their own
 * named as the time, and the month it falls in said after it. "By Year 10 thats when you do work
 * experience" names no day of theirs.
 */
const A_DAY_NAMED = /^(?:by|for|before|b4|in\s+time\s+for|ready\s+for)\s+(?:the|my|his|her|their|our)\s+[a-z0-9]/i;
function namesItsDay(own: string, phrase: string): boolean {
  // The month is said of the day ("in march"), in one breath with it: "for my own good, by march" is not.
  return A_DAY_NAMED.test(own) && /^(?:in|on)\s/i.test(phrase) && !/[,;:]/.test(own) && own.toLowerCase().endsWith(phrase.toLowerCase()) && own.length > phrase.length;
}

/** "valentines day", "mother's day": a day of the year said on its own, done by that day. */
function dayOfTheYear(own: string, context: CoachContext): WhenReading | undefined {
  if (own.split(/\s+/).length > 5) return undefined;
  const day = festivalTime(own, context);
  if (!day) return undefined;
  const timeframe = { phrase: withoutFillers(own), date: day.date };
  return { timeframe, target: isTargetDate(day.date, context), past: isPastDate(day.date, context.today) };
}

/** Words that lead up to a time said on its own: "make it easter", "like christmas", "say the summer". */
const PIECE_LEAD = /^(?:(?:ok|okay|so|well|erm+|um+|hmm+|maybe|probably|just|then)\s+)*(?:(?:lets|let's|let\s+us)\s+(?:say|make\s+it|go\s+with)|make\s+it|say|put|call\s+it|go\s+(?:with|for)|like|i'?d\s+say|ideally|(?:i|we)\s+(?:think|guess|reckon|choose|pick|prefer|would\s+(?:say|choose|pick))(?:\s+(?:maybe|probably|about))?)\s+/i;

/** "realistically", "maybe", "probably": how sure they are, said before the time and never part of it. */
const HEDGE_LEAD = /^(?:(?:realistically|honestly|truthfully|maybe|mayb|probably|prob|probs|perhaps|possibly|hopefully|ideally|likely|roughly)\b[\s,]*)+(?=\S)/i;

/** "realistically maybe a year?": the time read without the words of how sure they are. */
function hedged(own: string, context: CoachContext): WhenReading | undefined {
  const rest = own.replace(HEDGE_LEAD, '');
  if (rest === own) return undefined;
  const read = whenAnswerAfresh(rest, context);
  return read.timeframe ? read : undefined;
}

/**
 * "dunno. make it easter then", "asap. like christmas": a time said in one part of a longer
 * answer, read on its own. A named time wins over "asap" said beside it; the rest is never kept.
 */
function inPieces(own: string, context: CoachContext): WhenReading | undefined {
  const pieces = own.split(/\s*[.!?;,]+\s*/).map((p) => p.trim().replace(PIECE_LEAD, '')).filter(Boolean);
  if (pieces.length < 2) return own.match(PIECE_LEAD) ? whenAnswerAfresh(own.replace(PIECE_LEAD, ''), context) : undefined;
  const readings = pieces.map((p) => whenAnswerAfresh(p, context)).filter((r) => r.timeframe);
  return readings.find((r) => r.timeframe?.phrase !== AS_SOON_AS_POSSIBLE) ?? readings[0];
}

/** "ok say", "make it", "actually": a time chosen again, said after another time. */
const CHOSEN_AGAIN = /(?:^|[.!?;,]\s*|\s)(?:(?:ok|okay|so|no|actually|nah)[\s,]+)+(?:(?:lets|let's)\s+)?(?:say|make\s+it|go\s+with|put)\s+(.+)$/i;

/**
 * "by christmas?? is that too soon. ok say end of this school year": a time chosen again after
 * another time is the one meant; the first is never kept.
 */
function chosenAgain(own: string, context: CoachContext): WhenReading | undefined {
  const again = CHOSEN_AGAIN.exec(own);
  if (!again || again.index === 0) return undefined;
  const before = whenAnswerAfresh(own.slice(0, again.index).replace(/[\s.!?;,]+$/, ''), context);
  const after = whenAnswerAfresh(again[1]!.replace(/[\s.!?;,]+$/, ''), context);
  return before.timeframe && after.timeframe ? after : undefined;
}

