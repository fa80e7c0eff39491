import { quoteOf, quoteWhole } from './quoteOf';
import { spelledForReadBack } from './textSpeak';

/*
 * The hope itself, for reading a hope back: "he wants to be a footballer" reads back as "to be a
 * footballer", and "I'd love her to make a friend" as "to make a friend". Only the read-back drops
 * these words; the draft keeps the hope as it was said.
 */

const WANTS = "(?:really\\s+|just\\s+|so\\s+)?(?:wants?|wanted|would\\s+(?:really\\s+)?(?:like|love)|'?d\\s+(?:really\\s+)?(?:like|love)|hopes?|wish(?:es)?|dreams?\\s+of)";
/** "he wants to ...", "Tomasz would love to ...", "she dreams of ..."; "I want to ..." is the hope in their own voice. */
const THEY_WANT = new RegExp(`^(?:he|she|they|(?!i\\s|we\\s)[a-z]+)\\s+${WANTS}\\s+(?=to\\b|being\\b|having\\b|\\w+ing\\b)`, 'i');
/** "i want him to ...", "we'd love for her to ...", "i hope for them to ...". */
const WE_WANT_FOR = new RegExp(`^(?:(?:i|we)\\s+${WANTS}|(?:id|wed|i'd|we'd)\\s+(?:really\\s+)?(?:like|love))\\s+(?:for\\s+)?(?:him|her|them|[a-z]+)\\s+(?=to\\b)`, 'i');
/** "my hope is for him to ...", "our dream would be that he ...", "what i want most is for her to ...", "all we want is for him to ...". */
const OUR_HOPE =
  /^(?:(?:my|our|his|her|their|the)\s+(?:biggest\s+|main\s+|big\s+|one\s+|only\s+|real\s+)?(?:hope|dream|wish|goal|aim)s?(?:\s+for\s+(?:him|her|them|\w+))?|what\s+(?:i|we)\s+(?:really\s+)?(?:want|hope\s+for|wish\s+for)(?:\s+(?:most|more\s+than\s+anything))?(?:\s+for\s+(?:him|her|them|\w+))?|all\s+(?:i|we)\s+(?:really\s+)?want(?:\s+for\s+(?:him|her|them|\w+))?)\s+(?:is|would\s+be|will\s+be|'s|s)\s+(?:just\s+|really\s+|simply\s+)?(?:(?:for\s+(?:him|her|them|\w+)\s+)(?=to\b)|that\s+)?/i;
/** "for him to have friends": the hope said for them, with nothing before it. */
const FOR_THEM = /^for\s+(?:him|her|them)\s+(?=to\b)/i;
/**
 * "wanna be a youtuber", "want to work with cars", "would love to have a dog": a wish typed with no
 * one saying it. Read back whole it is "Want to be ...", which is no hope; the hope is what comes
 * after. "I want to ..." keeps its "I": that is the hope in their own voice.
 */
const BARE_WISH =
  /^(?:(?:and|so|well|um+|erm+|really|just|also)[\s,]+)*(?:(?:wanna|wana|wna|wnna|wan2)|(?:want|wont)\s+(?:to|2)|would\s+(?:really\s+)?(?:like|love)\s+to|'?d\s+(?:really\s+)?(?:like|love)\s+to)\s+(?=\w)/i;

export function hopeItself(text: string): string {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  for (const lead of [WE_WANT_FOR, THEY_WANT, OUR_HOPE, FOR_THEM, BARE_WISH]) {
    const match = lead.exec(said);
    const rest = match ? said.slice(match[0].length).trim() : '';
    // Enough words left to be a hope on its own; a wish's "b a chef" is "be a chef" once its "wanna" goes.
    if (match && rest.split(/\s+/).length >= 2) return lead === BARE_WISH ? rest.replace(/^b(?=\s+[a-z])/i, 'be') : rest;
  }
  return said;
}

/**
 * A hope as the bot's questions quote it: the hope itself, shortened ("to have friends", not "my
 * dream is for him to have friends"), text-speak spelled out ("i wna b a chef" reads back as "I
 * want to be a chef"). The draft keeps the words as typed.
 */
export function quoteHope(text: string, max?: number): string {
  const itself = hopeItself(text);
  return asCutFrom(text, itself, quoteOf(spelledForReadBack(itself), max));
}

/**
 * A hope cut out of a longer sentence ("wanna work wiv cars" quoted as "work with cars") goes on
 * mid-sentence in the bot's words, so it keeps its small first letter; "I" and "I'm" stay capitals.
 */
function asCutFrom(text: string, itself: string, quoted: string): string {
  const cut = itself !== text.trim();
  const small = /^\p{Ll}/u.test(itself) && !/^i(?:'?[a-z]{1,2})?\b/i.test(itself);
  return cut && small ? quoted.charAt(0).toLowerCase() + quoted.slice(1) : quoted;
}

/** A hard thing (a need) as read back: shortened, text-speak spelled out; the draft keeps the words as typed. */
export function quoteNeed(text: string, max?: number): string {
  return quoteOf(spelledForReadBack(text), max);
}

const HOPE_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0F\u20E3]+/gu;

/**
 * A hope quoted anywhere the person hears it back (the read-back after it is kept, and the
 * questions about it): the hope itself, whole, or cut where a clause ends, so no part of it seems
 * lost ("like a chef not…" made a young person think the rest was gone); then text-speak spelled
 * out ("i wna b a chef" reads "I want to be a chef"). It is cut before it is spelled, so only the
 * words quoted are tidied: text-speak in the part left off never changes the part read back.
 * Easy read keeps its short quote, as its sentences are short. The draft keeps the words as typed.
 */
export function quoteHopeIn(typed: string, readingMode: string | undefined): string {
  // "i want to be a vet 🐶🐱": the plan keeps no emoji (see words() in the domain), so neither does its read-back.
  const text = typed.replace(HOPE_EMOJI, ' ').replace(/[ \t]+([.,!?])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim() || typed;
  // Kept in its own small map, not a turn's readings: "delete my data" empties it (forgetQuotedHopes), and it is bounded.
  const easyRead = readingMode === 'easy_read';
  const key = `${easyRead ? 'e' : 's'}${text}`;
  let quoted = quotedHopes.get(key);
  if (quoted === undefined) {
    const itself = hopeItself(text);
    quoted = easyRead ? quoteHope(text) : asCutFrom(text, itself, spelledForReadBack(quoteWhole(itself)));
    if (quotedHopes.size >= HOPES_KEPT) quotedHopes.delete(quotedHopes.keys().next().value!);
    quotedHopes.set(key, quoted);
  }
  return quoted;
}

/**
 * The last few hopes quoted, by reading mode: a question about a hope quotes it on every turn, and
 * the quote depends on nothing but the words and the reading mode. Only a handful are kept (about
 * one read-back's worth), as these are a young person's own words shared by every conversation
 * of this process; "delete my data" and "start again" empty it (forgetQuotedHopes).
 */
const quotedHopes = new Map<string, string>();
const HOPES_KEPT = 16;

/** Forgets every hope quoted so far (after "delete my data" or "start again"): no one's words stay behind. */
export function forgetQuotedHopes(): void {
  quotedHopes.clear();
}

/** How many quoted hopes are held now (for tests). */
export const quotedHopesHeld = (): number => quotedHopes.size;
