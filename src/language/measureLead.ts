import { readsAsMeasure } from './benefitNotMeasure';
import { normaliseMessage } from './text';
import { findTimePhrase, type TimeContext } from './timeframe';

/*
 * New words typed after "change the words" at a read-back that also shows how everyone will know:
 * "I will know because I clock in on time", "my manager will see me get there" say how anyone would
 * know, so they are the measure's words, never the outcome sentence ("I will get there on time").
 */

// Someone else who would see it: "my manager", "mum", "you". "I"/"we" are handled apart below.
const OTHER = String.raw`(?:you|u|every\s*(?:one|body)|people|staff|they|he|she|(?:my|his|her|their|the)\s+\w+(?:\s+(?:coach|worker|teacher|manager))?|mum|dad|nan|boss|manager|teachers?|tutors?)`;
const MODAL = String.raw`(?:will|ll|would|d|can|could|should)\s+(?:(?:be\s+able\s+to|all|easily|then|also)\s+)?`;
const OTHER_KNOWS = String.raw`${OTHER}\s*${MODAL}(?:know|see|tell|notice|hear|check|sign\s+off|say)`;
// "I will check my bus times" is a step they take; "I" leads the measure only with knowing, or
// with seeing/telling that is about why ("I'll be able to tell because ...").
const SELF_KNOWS = String.raw`(?:i|we)\s*${MODAL}(?:know|(?:see|tell|notice)\s+(?:because|cos|coz|cause|that|if|by|from|as)\b)`;
/** "I will know because ...", "my manager will see ...", "how everyone will know: ...". */
const LEADS = new RegExp(String.raw`^(?:(?:and|so|then|well|ok|okay)\s+)?(?:(?:${SELF_KNOWS}|${OTHER_KNOWS})\b|how\s+(?:we|you|everyone|people|they)\s+(?:will|ll)\s+know\b)`);

/** "how everyone will know", "the how everyone will know bit please": the part named, with no words for it. */
const PART_NAME_ONLY = /^(?:(?:the|change|edit|fix|just|pls|please)\s+)*how\s+(?:we|you|everyone|every\s+one|people|they)\s+(?:will|ll)\s+know(?:\s+(?:bit|part|one|line|bit\s+please|part\s+please|please|pls))?$/;

/** Whether new words say how anyone would know (the measure) rather than what the young person will do. */
export function saysMeasureNotStep(text: string, context: TimeContext): boolean {
  const said = normaliseMessage(text);
  if (said.split(' ').length < 3) return false;
  // "How everyone will know", the button's words or the part named: which part to change, never its new words.
  if (PART_NAME_ONLY.test(said)) return false;
  // "Finley will read to his teacher" is something he will do, though someone sees it: only words that lead with the evidence count.
  // "By December 2027, I will pass my theory test": a time said first leads the step, never the evidence.
  const time = findTimePhrase(text, context);
  const step = time && text.slice(0, time.start).trim() === '' ? normaliseMessage(text.slice(time.start + time.phrase.length)) : said;
  return LEADS.test(said) || (readsAsMeasure(text) && !/^\w+\s+(?:will|ll|is\s+going\s+to|am\s+going\s+to|can)\b/.test(step));
}
