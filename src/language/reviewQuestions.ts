import { thingWordsIn } from './namedInKept';

/*
 * Questions about the plan asked at the read-back: why a part ends in dots ("why has the bus bit got
 * dots at the end tho, is the rest still there?"), and whether something was said ("did i tell you i
 * cant drive anymore?"). Each is answered from the draft, never taken as a change nor missed.
 */

/** "dots", "...", "…", "cut off", "is the rest still there": a question about a part shortened on screen. */
const DOTS = /(?:\bdots\b|\bdot\s+dot\b|\.\.\.|…|\bcut\s+(?:off|short)\b|\b(?:is|are)\s+the\s+rest\s+(?:of\s+it\s+)?(?:still\s+)?(?:there|saved|kept)\b|\bwhere\s+(?:is|has|did)\s+the\s+rest\b)/i;
const ASKS = /\?|\b(?:why|what|whats|wheres|where|how|is|has|have|did|does)\b/i;
/** The words of the question itself, never the part named. */
const DOTS_WORDS = new Set(['why', 'dots', 'dot', 'end', 'rest', 'cut', 'off', 'short', 'kept', 'saved', 'gone', 'lost', 'how', 'come', 'whats', 'mean', 'means', 'at', 'after', 'from']);

/** The words that name the part asked about ("bus"), or [] when none is named; undefined when the message is no such question. */
export function dotsAsked(text: string): string[] | undefined {
  if (text.length > 200 || !DOTS.test(text) || !ASKS.test(text)) return undefined;
  return thingWordsIn(text.replace(/\.\.\.|…/g, ' '), DOTS_WORDS);
}

/** "did i tell you i cant drive anymore?", "have i said about my memory", "did i mention the fits": whether something was said. */
const TOLD =
  /^\s*(?:(?:oh|wait|um+|erm+|and|but|so|btw|also)[\s,]+)*(?:did|have|had)\s+i\s+(?:(?:already|ever|even)\s+)?(?:tell|told|say|said|mention|mentioned|put|write|wrote|add|added)\s+(?:(?:to\s+)?(?:you|u|ya)\s+)?(?:(?:that|about|abt|bout)\s+)?(.+?)[\s?!.]*$/i;

/** What they ask whether they said ("i cant drive anymore"); undefined for any other message. */
export function toldAsked(text: string): string | undefined {
  const m = TOLD.exec(text);
  const thing = m?.[1]?.trim();
  return thing && thingWordsIn(thing).length > 0 && thing.split(/\s+/).length <= 15 ? thing : undefined;
}

/** Words that carry a meaning in a thing said ("drive" in "i cant drive anymore"), for finding it in the plan. */
export function meaningWordsOf(text: string): string[] {
  return thingWordsIn(text, new Set(['cant', 'can', 'not', 'dont', 'anymore', 'any', 'more', 'no', 'longer', 'never', 'am', 'im', 'be', 'been', 'will', 'would', 'could', 'should']));
}

/** "take that bit out its weird", "delete that": something to take out, with no part named. */
const VAGUE_REMOVAL =
  /^\s*(?:(?:can\s+(?:you|u)|could\s+(?:you|u)|please|pls|just|and|so|ok|oh)\s+)*(?:take|get|cut|chuck|bin|delete|remove|rub)\s+(?:(?:that|this|it)(?:\s+(?:bit|part|one|thing|line))?\s+(?:out|off|away)|out\s+(?:that|this)(?:\s+(?:bit|part|one|thing|line))?|(?:that|this|it)(?:\s+(?:bit|part|one|thing|line))?)\b(?:[\s,.!]+(?:(?:its|it\s+is|thats|that\s+is)\s+(?:\w+\s*){1,3}|please|pls|thanks|lol|tho))*[\s.!?]*$/i;

export function asksToRemoveUnnamed(text: string): boolean {
  return text.length <= 80 && VAGUE_REMOVAL.test(text);
}
