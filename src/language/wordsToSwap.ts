import { escapeRegExp } from './text';
import { editDistance, isCloseTo } from './fuzzy';
import { quotedChange } from './quotedChange';

/*
 * A request to change some words of a sentence read back for others: "actully make it 2 days a
 * week not 1", "chnage cafe to coffee shop", "replace mum with my nan", "it should say 3 times
 * not twice", "swap bus for train". The old words must be in the sentence (a number beside its
 * word, "1 day a week", is found from "not 1"); words not in it are never guessed at.
 */

export interface WordSwap {
  /** The words the sentence says now, as asked ("1", "cafe"). */
  from: string;
  /** The words wanted instead ("2 days a week", "coffee shop"). */
  to: string;
}

/** "change" and its everyday typos: "chnage", "chage", "cahnge". */
const CHANGE = String.raw`(?:change|swap|switch|replace|c[a-z]{3,6})`;
/** Words before the asking: "actually", "oh wait", "yes but", "can you". */
const LEAD = String.raw`^(?:(?:actually|actully|acually|actualy|oh|wait|hang\s+on|sorry|ok|okay|yes|yeah|no|nah|but|and|so|um+|erm|hmm+|please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|i\s+(?:want|would\s+like|need)\s+(?:you\s+)?to|just|ah)[\s,.!]+)*`;
const LEAD_ONLY = new RegExp(LEAD, 'i');
const END = String.raw`[\s,.!]*(?:please|pls|plz|thanks|thank\s+you|instead)?[\s.!]*$`;
const QUOTE = String.raw`["'“‘”’]*`;

/** Asked with the old words first: "change cafe to coffee shop", "replace mum with my nan". */
const OLD_FIRST = new RegExp(String.raw`${LEAD}(${CHANGE})\s+(?:the\s+words?\s+|where\s+it\s+says\s+)?${QUOTE}(.+?)${QUOTE}\s+(?:to\s+say|to|into|for|with)\s*[:\-]?\s+${QUOTE}(.+?)${QUOTE}${END}`, 'i');
/** Asked with the new words first: "make it 2 days a week not 1", "it should say nan instead of mum". */
const NEW_FIRST = new RegExp(String.raw`${LEAD}(?:(?:make|put)\s+it|(?:it|that)\s+(?:should|shud|shld|shuld|shoud)\s+(?:say|be)|(?:can|could)\s+it\s+(?:say|be)|(?:say|put|write)|it'?s)\s*:?\s+${QUOTE}(.+?)${QUOTE}[\s,]+(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+${QUOTE}(.+?)${QUOTE}${END}`, 'i');
/** "not 1, make it 2 days a week", "instead of mum say nan": the asking verb is needed ("not really, I will ..." is no swap). */
const NOT_FIRST = new RegExp(String.raw`${LEAD}(?:not|instead\s+of)\s+${QUOTE}(.+?)${QUOTE}[\s,]+(?:make\s+it|say|put|write|it\s+should\s+(?:say|be))\s*:?\s+${QUOTE}(.+?)${QUOTE}${END}`, 'i');

/**
 * A spelling put right: "typ lol. its type", "typ -> type", "*type not typ": one word, then the word
 * it should be. Only a word one or two letters away counts, so a new word is never read as a fix.
 */
const SPELT_RIGHT = new RegExp(String.raw`${LEAD}${QUOTE}([a-z'’]{2,20})${QUOTE}(?:\s+(?:lol|lmao|haha\w*|oops|whoops|omg|smh))?[\s,.!:-]+(?:>\s*)?(?:(?:its|it's|it’s|it\s+is|it\s+should\s+be|should\s+be|i\s+mean[t]?|meant\s+to\s+be|its\s+meant\s+to\s+be|spelt|spelled)\s+)?\*?${QUOTE}([a-z'’]{2,20})${QUOTE}(?:\s+(?:lol|lmao|haha\w*))?${END}`, 'i');

function speltRight(text: string): WordSwap | undefined {
  const m = SPELT_RIGHT.exec(text);
  if (!m) return undefined;
  const from = m[1]!.toLowerCase();
  const to = m[2]!.toLowerCase();
  if (from === to || Math.abs(from.length - to.length) > 2 || editDistance(from, to) > 2 || !(isCloseTo(from, to) || to.startsWith(from) || from.startsWith(to))) return undefined;
  return { from: m[1]!, to: m[2]! };
}

/** Words that point at a part of the plan, not at words of the sentence. */
const PART = /^(?:it|this|that|the\s+(?:date|time|measure|hope|goal|outcome|step|wording|words|sentence)|this\s+(?:one|outcome|hope|goal)|my\s+(?:hope|goal|mind)|(?:the\s+)?(?:first|second|last)\s+\w+)$/i;

/** How the whole feels, not words of it: "its good not perfect", "it's ok not amazing" is a mild yes. */
const JUDGEMENT = /^(?:(?:very|really|pretty|quite|so|too|that|totally|100%|super|just)\s+)?(?:good|ok|okay|okey|k|fine|alright|all\s+right|great|perfect|amazing|brilliant|excellent|awesome|bad|terrible|awful|rubbish|fab|lovely|nice|right|wrong|done|finished|ready|best|worst|better|worse)$/i;
/** "its good not perfect": the words only say how it is, so none are asked to change. */
const SAYS_HOW_IT_IS = /^(?:its|it's|it’s|it\s+is|thats|that's|that’s)\s/i;

function clean(words: string): string {
  return words.trim().replace(/^(?:the\s+words?\s+)/i, '').replace(/^["'“‘]+|["'”’.!,]+$/g, '').trim();
}

function isChange(verb: string): boolean {
  const v = verb.toLowerCase();
  return ['change', 'swap', 'switch', 'replace'].includes(v) || isCloseTo(v, 'change');
}

/** The old and new words asked for; undefined when the message asks no swap of words. */
export function wordsToSwap(text: string): WordSwap | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 200) return undefined;
  const old = OLD_FIRST.exec(trimmed);
  // Both sets of words in quotes: the quotes say where each ends, so a "to" inside them never splits them.
  const quoted = quotedChange(trimmed);
  const swap = quoted
    ? quoted
    : old && isChange(old[1]!)
    ? { from: clean(old[2]!), to: clean(old[3]!) }
    : ((m) => (m ? { from: clean(m[2]!), to: clean(m[1]!) } : undefined))(NEW_FIRST.exec(trimmed))
      ?? ((m) => (m ? { from: clean(m[1]!), to: clean(m[2]!) } : undefined))(NOT_FIRST.exec(trimmed))
      ?? speltRight(trimmed);
  if (!swap || !swap.from || !swap.to || PART.test(swap.from) || PART.test(swap.to)) return undefined;
  if (swap.from.toLowerCase() === swap.to.toLowerCase() || /\?/.test(swap.to)) return undefined;
  const plain = (w: string) => w.replace(/\s+(?:lol|haha\w*|tbh|really|though|tho|but)$/i, '').trim();
  if (SAYS_HOW_IT_IS.test(trimmed.replace(LEAD_ONLY, '')) && JUDGEMENT.test(plain(swap.from)) && JUDGEMENT.test(plain(swap.to))) return undefined;
  return swap;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** "days" finds "day": a plural is the same word. */
const stem = (w: string) => w.toLowerCase().replace(/[’'`]/g, '').replace(/(?:es|s)$/, '');
const wordPattern = (w: string) => {
  const s = stem(w);
  return s.length < 2 ? escapeRegExp(w.replace(/[’'`]/g, '')) : `${s.split('').map(escapeRegExp).join("[’'`]?")}(?:e?s)?`;
};

function findSpan(sentence: string, span: string[]): { index: number; length: number } | undefined {
  if (span.length === 0) return undefined;
  const found = new RegExp(String.raw`(?<![\p{L}\p{N}])${span.map(wordPattern).join(String.raw`[\s,]+`)}(?![\p{L}\p{N}])`, 'iu').exec(sentence);
  return found ? { index: found.index, length: found[0].length } : undefined;
}

/**
 * The sentence with the old words changed for the new ones, and the words it said before; undefined
 * when the old words are not in it. "not 1" with "2 days a week" finds "1 day a week": the new words with the old in their place.
 */
export function withWordsSwapped(sentence: string, swap: WordSwap): { sentence: string; old: string; put: string } | undefined {
  const to = words(swap.to);
  const from = words(swap.from);
  // The old words with the rest of the new ones around them, longest first: "1 day a week" before "1".
  const tries: { span: string[]; put: string }[] = [];
  for (let i = 0; i < to.length; i++) {
    for (let j = to.length; j > i; j--) {
      if (i === 0 && j === to.length) continue;
      tries.push({ span: [...to.slice(0, i), ...from, ...to.slice(j)], put: swap.to });
    }
  }
  tries.sort((a, b) => b.span.length - a.span.length);
  tries.push({ span: from, put: swap.to });
  for (const { span, put } of tries) {
    const at = findSpan(sentence, span);
    if (!at) continue;
    const said = PLACE_POINTER.test(swap.from.trim()) && span === from ? placeSaid(sentence.slice(0, at.index), put) : put;
    const changed = sentence.slice(0, at.index) + said + sentence.slice(at.index + at.length);
    return { sentence: changed.replace(/\s{2,}/g, ' ').trim(), old: sentence.slice(at.index, at.index + at.length), put: said };
  }
  return undefined;
}

/** "there", "here": a word standing for a place. */
const PLACE_POINTER = /^(?:there|here)$/i;
/** A place said with its own little word before it: "at the garden centre", "to college", "near my nan's". */
const HAS_PREPOSITION = /^(?:at|in|on|to|into|from|near|by|with|inside|outside|round|around)\b/i;
/** "go there", "get there": a way of getting to the place, so "to" before it. */
const MOVING_BEFORE = /\b(?:go|goes|going|get|gets|getting|travel\w*|come|comes|coming|walk\w*|drive|driving|cycle|cycling|move|moving|bus|train)\s*$/i;
/** "the", "my", a name: the place already says which one. */
const WHICH_ONE = /^(?:the|a|an|my|his|her|their|our|its|this|that)\b|^\p{Lu}/u;
/** "college", "school", "work": places said without "the" ("at college"), so none is added to them. */
const SAID_BARE = /^(?:college|school|uni|university|work|home|church|hospital|nursery|sixth\s+form|town|class|bed|football|training|swimming)$/i;

/**
 * "there" changed for "garden centre" reads "at the garden centre": the place in place of "there"
 * takes the little words "there" stood for ("to" after "go"); a place said with them is kept as said.
 */
export function placeSaid(before: string, place: string, at = 'at'): string {
  if (HAS_PREPOSITION.test(place)) return place;
  const which = WHICH_ONE.test(place) || SAID_BARE.test(place.trim()) ? place : `the ${place}`;
  return `${MOVING_BEFORE.test(before) ? 'to' : at} ${which}`;
}

/** Words before a fix of a fix: "no", "sorry", "i meant", "it should be". */
const FIX_LEAD = /^(?:(?:no|nah|sorry|soz|oops|i\s+mean[t]?|(?:it\s+)?should\s+(?:be|say)|make\s+it|like|er+m?|um+)[\s,.!:-]+)*/i;

/**
 * "at the garden centre" just after "there" was changed to "garden centre": the words just put in
 * are said again more fully, so they are swapped for these. Undefined when the words are not a
 * longer saying of the words last put in.
 */
export function fixOfTheSwap(text: string, lastPut: string): WordSwap | undefined {
  const said = text.trim().replace(FIX_LEAD, '').replace(/^["'“‘]+|["'”’.!,]+$/g, '').trim();
  if (!said || said.split(/\s+/).length > 8 || said.toLowerCase() === lastPut.toLowerCase()) return undefined;
  const inside = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(lastPut.replace(/^(?:at|to)\s+(?:the\s+)?/i, ''))}(?![\p{L}\p{N}])`, 'iu');
  return inside.test(said) ? { from: lastPut, to: said } : undefined;
}
