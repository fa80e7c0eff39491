import { withoutFallback } from './jobAlternatives';
/*
 * "wot. thats wrong. footballer for villa is 1. mechanic is other", "no. 1 is footballer 2 is mechanic",
 * "hope 1 footballer. hope 2 mechanic", "they are 2 different hopes. footballer and mechanic": just after
 * hopes were read back, the person says how the hopes should be cut. The words are the hopes as meant;
 * the complaint ("wot", "thats wrong", "ur messin it up lol") and the numbers are never kept.
 * A new hope said with a number of its own ("1 go to college 2 get a job") is no re-cut: it needs "is",
 * "hope N", or a complaint first.
 */

/** "wot", "no", "thats wrong", "ur messin it up lol", "thats not wot i said": the complaint before the hopes. */
const COMPLAINT =
  /^(?:(?:wot|wat|what|huh|no+|nah|nope|oi|lol|lmao|haha|omg|ugh|ffs|bruh|wrong|wait|(?:thats?|that'?s|its|it'?s)\s+(?:all\s+)?(?:wrong|not\s+right|rong|not\s+(?:wot|what)\s+i\s+(?:said|sed|ment|meant))|(?:ur|you'?re|your|u\s+r|u|you)\s+(?:(?:messin|messing)\s+(?:it\s+)?up|got\s+it\s+wrong|did\s+it\s+wrong)|(?:you|u)\s+mixed\s+(?:it|them)\s+up)[\s,.!?]*)+/i;

/** "they are 2 different hopes", "its 2 hopes", "there 2 seperate things": the count said before the hopes. */
const TWO_SAID = /^(?:(?:they|there|their|theyre|they'?re|these|its|it'?s|thats|that'?s)\s+(?:are\s+|r\s+|is\s+)?)?(?:2|two)\s+(?:(?:different|diffrent|difrent|seperate|separate)\s+)?(?:hopes?|things?|dreams?|ones?|jobs?)[\s,.!:;-]*/i;

const FIRST = String.raw`(?:1|one|1st|(?:the\s+)?first(?:\s+one)?)`;
const SECOND = String.raw`(?:2|two|2nd|(?:the\s+)?second(?:\s+one)?|(?:the\s+)?other(?:\s+one)?|another)`;

/** "footballer for villa is 1. mechanic is other": each hope, then its number. */
const NAMED_THEN_NUMBER = new RegExp(String.raw`^(.+?)\s+(?:is|=|for)\s+(?:hope\s+|the\s+)?${FIRST}[\s,.;!]+(?:and\s+)?(.+?)\s+(?:is|=|for)\s+(?:hope\s+)?${SECOND}[\s.!]*$`, 'i');
/** "1 is footballer 2 is mechanic", "hope 1 footballer. hope 2 mechanic", "first is footballer, second mechanic". */
const NUMBER_THEN_NAMED = new RegExp(
  String.raw`^(?:(hope|dream)\s+)?(?:number\s+)?${FIRST}\s*(is|=|:|-|\)|\.)?\s+(.+?)[\s,.;!]+(?:and\s+)?(?:(?:hope|dream)\s+)?(?:number\s+)?${SECOND}\s*(?:is|=|:|-|\)|\.)?\s+(.+?)[\s.!]*$`,
  'i',
);

/** "footballer and mechanic", "footballer, mechanic": two hopes named after the count. */
const TWO_NAMED = /^(.+?)\s*(?:,|\band\b|&|\bn\b|\+)\s*(.+?)[\s.!]*$/i;

/** Each side: a few words with letters, never another number or a question. */
function hopeWords(side: string | undefined): string | null {
  const words = side?.trim().replace(/^(?:is|=|:|-)\s+/i, '').replace(/[\s.,;!]+$/, '') ?? '';
  if (!/\p{L}{3,}/u.test(words) || words.includes('?') || words.split(/\s+/).length > 8) return null;
  return words;
}

/** The hopes as the person says they should be cut; null when the message does not say so. */
export function hopesRenumbered(text: string): string[] | null {
  if (text.length > 200) return null;
  const plain = text.trim().replace(/[\u2018\u2019]/g, "'");
  const complaint = COMPLAINT.exec(plain)?.[0] ?? '';
  const afterComplaint = plain.slice(complaint.length);
  const count = TWO_SAID.exec(afterComplaint)?.[0] ?? '';
  const body = afterComplaint.slice(count.length).trim();
  const named = NAMED_THEN_NUMBER.exec(body);
  const numbered = named ? null : NUMBER_THEN_NAMED.exec(body);
  // "1 go to college 2 get a job": numbers alone may be new hopes listed; a re-cut says "is", "hope N" or complains first.
  const numberedMeant = numbered && (numbered[1] || numbered[2] || complaint || count);
  const listed = !named && !numberedMeant && count ? TWO_NAMED.exec(body) : null;
  const sides = named ? [named[1], named[2]] : numberedMeant ? [numbered[3], numbered[4]] : listed ? [listed[1], listed[2]] : null;
  const hopes = sides?.map(hopeWords);
  return hopes && hopes.every((h): h is string => h !== null) ? hopes : null;
}

const SMALL_WORDS = new Set(['the', 'and', 'for', 'one', 'hope', 'about']);

/**
 * "thats 2 different hopes, not excluded and friends" about "not getting excluded and having friends": each hope
 * named short is the part of what was typed before that holds all its words ("not getting excluded"), so the
 * person's own words are kept; a name no single part holds ("footballer for villa") is kept as said now.
 */
export function partsAsTyped(said: readonly string[], before: readonly string[]): string[] {
  const parts = before.flatMap((text) => text.split(/\s*(?:[.,;!]|\band\b|\bor\b|&)\s*/i)).map((p) => withoutFallback(p).trim()).filter((p) => /\p{L}{3,}/u.test(p));
  return said.map((name) => {
    const words = name.toLowerCase().split(/[^a-z']+/).filter((w) => w.length >= 3 && !SMALL_WORDS.has(w));
    if (words.length === 0) return name;
    const part = parts.find((p) => {
      const typed = p.toLowerCase().split(/[^a-z']+/);
      return words.every((w) => typed.some((t) => t === w || (w.length >= 5 && t.startsWith(w))));
    });
    // The fuller of the two: "be a mechanic" said now stays; "mechanic" becomes "a mechanic" as typed before.
    return part && part.split(/\s+/).length > name.split(/\s+/).length ? part : name;
  });
}
