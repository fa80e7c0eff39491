/*
 * A request to add words to a sentence read back: "Almost right. But please add: with words or
 * with his picture cards", "can you put also in class and at home", "add 'at home' please". The
 * words to add are returned, never the asking: the sentence grows by them, and "almost right"
 * or "please add" never becomes part of it.
 */

/** Where the asking may start: the message's start, after a full stop, or after "but" / "and". */
const LEAD = String.raw`(?:^|[.!,;:]\s*|\b(?:but|and)\s+)`;
/** "please", "can you", "i want to", "also": words that make it a request. */
const POLITE = String.raw`(?:please|pls|plz|also|just|can\s+you|could\s+you|you\s+can|you\s+could|i\s+(?:want|would\s+like|wanna|need)(?:\s+to)?)`;
const ASK = new RegExp(
  String.raw`${LEAD}((?:${POLITE}\s+)*)(?:add|put(?:\s+in)?|write|include)\b((?:\s+(?:also|too|at\s+the\s+end|to\s+it|to\s+the\s+end|this|these(?:\s+words)?|the\s+words|that|more|some\s+words))*)\s*([:\-–—]\s*|,\s*)?`,
  'i',
);

/** "back in", "in there", "back", "again" after the words: where they go, said at the end. */
const PUT_WHERE = /\s+(?:back\s+in(?:\s+(?:there|it|again))?|back(?:\s+again)?|in\s+(?:there|again|to\s+it)|again)$/i;

/** What follows the asking that is not words for the sentence: "add a date", "put it under another hope". */
const NOT_WORDS = /^(?:it|that|this|them|him|her|a\s+(?:date|time|measure|new|another|different)|the\s+(?:date|time|measure)|another|one\s+more|new\s+(?:outcome|hope|one)|something|more)\b/i;

/** "i will ...", "I'll ...", "by July I will ...": a sentence that stands alone as the outcome. */
const WHOLE_SENTENCE = /^(?:(?:by|in|before|within)\s+[\w\s]{1,30}?[\s,]+)?(?:i\s+will|i'?ll|i\s+am\s+going\s+to|i\s+can)\b/i;

/** The words asked to be added to the sentence, without quotes or a trailing please; undefined when none. */
export function wordsToAdd(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 300) return undefined;
  const ask = ASK.exec(trimmed);
  if (!ask) return undefined;
  // "just write: less noise" is the new wording itself; "write also: at home" adds.
  if (/\bwrite\b/i.test(ask[0]) && !ask[2]?.trim()) return undefined;
  // A bare "add numbers to 20" may be the new wording itself: a request needs a polite word, a
  // "but", a colon, quotes or a please.
  const asked = Boolean(ask[1]) || Boolean(ask[3]?.trim()) || /\b(?:but|please|pls|plz)\b|["“‘]/i.test(trimmed) || /^(?:also|too)\b/i.test((ask[2] ?? '').trim());
  if (!asked) return undefined;
  const words = trimmed
    .slice(ask.index + ask[0].length)
    .replace(/(?:[\s,]*(?:please|pls|plz|thanks|thank\s+you|thx|lol|lmao|haha\w*)[\s.!]*)+$/i, '')
    .replace(/^["'“‘]+|["'”’]+[\s.!]*$/g, '')
    .replace(/[\s.!]+$/, '')
    // "can you put once a week back in": where the words go ("back in", "in there"), never words for the sentence.
    .replace(PUT_WHERE, '')
    .trim();
  if (!/\p{L}{2,}/u.test(words) || NOT_WORDS.test(words) || /\?$/.test(words)) return undefined;
  // "just put i will get the bus on my own": a whole sentence of their own is the new wording, never
  // words to go on the end; unless "add", "also" or "at the end" says it is more.
  if (WHOLE_SENTENCE.test(words) && !/\badd\b/i.test(ask[0]) && !ask[2]?.trim() && !/\b(?:also|too)\b/i.test(ask[1] ?? '')) return undefined;
  // "put it under the road hope", "add it to my other hope": a move, not words.
  if (/\b(?:hope|dream|outcome)\b/i.test(words) && /^(?:under|to|in|for|with)\b/i.test(words)) return undefined;
  return words;
}

/** The sentence read back with the words added at its end, before its full stop. */
export function withWordsAdded(sentence: string, words: string): string {
  const body = sentence.trim().replace(/[.!]+$/, '');
  const added = words.replace(/^[,;]\s*/, '');
  return `${body} ${added}.`;
}

/** "add with my brother to it", "stick and my dad on the end": words, then where they go. */
const ADD_ON_END =
  /^(?:(?:can|could)\s+(?:you|u)\s+|(?:please|pls|plz|just|and|also|ok|okay)\s+)*(?:add|put|stick)\s+(?:on\s+)?["'“‘]?(.+?)["'”’]?\s+(?:to\s+(?:it|that|this|the\s+end)|on(?:to)?\s+(?:it|that|this|the\s+end)|at\s+the\s+end(?:\s+of\s+(?:it|that|this))?|in\s+(?:it|there)|on\s+the\s+end)[\s.!?]*(?:please|pls|plz|thanks)?[\s.!?]*$/i;

/**
 * Typed where new words for a part are asked: the words to go on the end of what it says now
 * ("add with my brother to it", "please add: at home"); undefined when the message does not ask that.
 */
export function wordsToAddOnEnd(text: string): string | undefined {
  const words = ADD_ON_END.exec(text.trim().replace(/\s+/g, ' '))?.[1]?.trim();
  return words && /\p{L}{2,}/u.test(words) ? words : wordsToAdd(text);
}
