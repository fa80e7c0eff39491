/*
 * At the read-back of an outcome, "wait june?? can it be october half term in year 7 like the other
 * one" or "make it the same date as the other goal" asks for a new date: the one said, or the other
 * outcome's. The pointing words ("like the other one") and the time questioned ("wait june??") are
 * talk about the date, never words for the goal.
 */

/** "like the other one", "same date as the other goal", "same as the first one". */
const OTHER_ONE =
  /[,\s]*\b(?:(?:the\s+)?same(?:\s+(?:date|time|day|deadline|when))?\s+as|like|as|same\s+with)\s+(?:the\s+|my\s+)?(?:other|first|last|previous|1st)(?:\s+(?:one|goal|outcome|target|thing|1))?\b(?:\s+(?:pls|plz|please|lol|thx|thanks))*[\s.!?]*$/i;

/** "the same date as the other one" with no time of its own: the date itself is pointed at. */
const SAME_DATE = /\bsame\s+(?:date|time|day|deadline|when)\b|\b(?:date|time)\s+(?:of|from)\s+the\s+other\b/i;

/** "wait june??", "huh july?": the time read back, questioned before the new one is said. */
const QUESTIONED_TIME = /^\s*(?:(?:wait|w8|hang\s+on|hold\s+on|huh|what|wat|wot|eh|um+|hmm+)\b[\s,]*)[^?.!]{0,25}\?+[\s.…]*/i;

/** "can it be october", "cud it be": asking for the time that follows, said as "make it". */
const CAN_IT_BE = /\b(?:can|could|cud|cn)\s+(?:it|u|you)\s+(?:please\s+|pls\s+|plz\s+)?be\b/i;

export interface OtherOneDate {
  /** The message with the pointing and questioning talk taken out, for the new time said in it. */
  rest: string;
  /** Nothing but the other outcome's date is asked for ("the same date as the other one"). */
  onlyPointed: boolean;
}

/** How the message points at another outcome's date; undefined when it does not. */
export function pointsAtOtherDate(text: string): OtherOneDate | undefined {
  if (text.length > 300) return undefined;
  const trimmed = text.trim();
  if (!OTHER_ONE.test(trimmed)) return undefined;
  const rest = trimmed.replace(OTHER_ONE, '').replace(QUESTIONED_TIME, '').replace(CAN_IT_BE, 'make it').trim();
  const onlyPointed = SAME_DATE.test(trimmed) && !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|christmas|easter|half\s+term|year\s+\d)/i.test(rest);
  return { rest, onlyPointed };
}
