import type { CoachContext } from './coaching';
import type { Timeframe } from './timeframe';
import { foldCase } from './text';
import { readWhenAnswer } from './whenAnswer';
import { isPastDate } from './whenDateKind';
import { wordsToSwap } from './wordsToSwap';

/*
 * "no its june not december", "yeah but next season starts in august not may": the month in the
 * date read back is put right, as a date (the next such month to come), never as a word swapped
 * into the sentence ("By the end of the year (june 2026)").
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A month or time of year, said on its own. */
const TIME_WORDS = new RegExp(`^(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)?(?:the\\s+)?(?:${MONTH}|christmas|easter|summer|spring|autumn|winter|year)(?:\\s+\\d{4})?$`, 'i');
const LEAD = /^(?:(?:yes|yeah|yeh|ye|yep|ok|okay|no|nah|nope|but|and|so|well|actually|actully|wait|oh|hmm+|um+|erm)[\s,.!]+)*/;
/**
 * "next season starts in august not may", "the course begins in september, not january": what the
 * date is about, when it happens, and the month read back turned down. A birthday is never the date.
 */
const HAPPENS_IN = new RegExp(
  `^(?!.*\\bbirthday)(?:[a-z' ]{1,40}\\s)?(?:starts?|begins?|ends?|finish(?:es)?|kicks?\\s+off|is|its|it's|will\\s+be)\\s+(?:in\\s+)?(${MONTH})[\\s,]+(?:and\\s+)?not\\s+(?:in\\s+)?(${MONTH})[\\s.!]*$`,
);

/** The month turned down and the one wanted, in either way of saying it; undefined when the reply says no such thing. */
function monthsSaid(text: string): { from: string; to: string } | undefined {
  const swap = wordsToSwap(text);
  if (swap && TIME_WORDS.test(swap.from.trim()) && TIME_WORDS.test(swap.to.trim())) return swap;
  const said = HAPPENS_IN.exec(foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(LEAD, ''));
  return said ? { from: said[2]!, to: said[1]! } : undefined;
}

/** The date a reply puts right at the read-back, or null when it puts no month right (or the month has gone by). */
export function monthPutRight(text: string, context: CoachContext): Timeframe | null {
  const swap = monthsSaid(text);
  if (!swap) return null;
  const when = readWhenAnswer(swap.to, context).timeframe;
  return when && !isPastDate(when.date, context.today) ? when : null;
}

/**
 * A yes closing the reply ("... but whatever, yes, that's right."): the words before it, when there are
 * any; else undefined. Only a yes that ends the message: "yes, that's right. but change the words" has none.
 */
const CLOSING_YES =
  /[\s,.;:!-]+(?:but\s+)?(?:(?:whatever|anyway|anyways|never\s+mind|fine)[\s,.!]+)?(?:(?:yes|yeah|yep|yup|ok|okay)(?:[\s,.!]+(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:right|fine|ok|okay|correct|good))?|(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:right|fine|ok|okay|correct|good))[\s.!]*$/i;

/** "College year ends in July not September but whatever, yes, that's right.": the month put right, and a yes to the rest. */
export function monthPutRightWithYes(text: string, context: CoachContext): Timeframe | null {
  const said = text.replace(/[\u2018\u2019]/g, "'").trim();
  const yes = CLOSING_YES.exec(said);
  if (!yes || yes.index === 0) return null;
  return monthPutRight(said.slice(0, yes.index), context);
}
