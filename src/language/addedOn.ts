import { normaliseReply } from './polarity';

/*
 * A message that adds to the answer just given, sent after the bot has moved on: "and another
 * thing, she loves drawing", "and also drawing", "oh and swimming too", "forgot to say, he likes
 * lego", "plus cooking". It belongs with that answer, not with the new question. Read only from
 * how it starts (a word that carries on: "and", "also", "plus", "another thing", "forgot to say"),
 * or from a short "X too" / "X as well", so an answer that happens to contain "and" is not taken.
 */

/** Words before the carrying-on word: "oh", "wait", "sorry", "yeah", "ps". */
const BEFORE = String.raw`(?:(?:oh+|ah+|ooh|oops|wait|sorry|soz|yeah|yes|ye|ok|okay|um+|erm+|hmm+|ps|p\s*s|btw|by the way|actually|lol|haha)[\s,.!:;-]*)*`;
/** The words that say "this goes with what I just said". */
const CARRY_ON = String.raw`(?:and\s+(?:another|one\s+more|1\s+more)\s+(?:thing|one)|(?:another|one\s+more|1\s+more)\s+thing(?:\s+(?:is|was))?|(?:i\s+)?(?:forgot|forget|meant|wanted)\s+to\s+(?:say|add|mention|put|tell\s+you)(?:\s+that)?|(?:i\s+)?should\s+(?:have\s+|of\s+)?(?:said|added|mentioned|put)(?:\s+that)?|(?:and|&|\+|n)\s+(?:also|as\s+well|plus|too)|and\s+(?:then\s+)?(?:there'?s|theres)|and|&|also|plus|as\s+well\s+as\s+that|on\s+top\s+of\s+that)`;
const LEAD = new RegExp(String.raw`^${BEFORE}${CARRY_ON}\b[\s,.:;!-]*(?=\S)`, 'i');
/** "swimming too", "drawing as well", "oh and lego also": a short addition with the carrying-on word last. */
const TOO_AFTER = /^(?:(?:oh+|ah+|and|also|plus|yeah)[\s,.!]+)*([\p{L}'’ -]{2,40}?)[\s,]+(?:too|as\s+well|also)[\s.!]*$/iu;

/**
 * The words added on, without the carrying-on words, or undefined when the message is not an
 * addition. A question ("and what happens next?") is never one.
 */
export function addedOn(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 300 || /\?\s*$/.test(trimmed)) return undefined;
  const lead = LEAD.exec(trimmed);
  if (lead) {
    const rest = trimmed.slice(lead[0].length).replace(/[\s,]+(?:too|as\s+well)[\s.!]*$/i, '').trim();
    return /\p{L}{2,}/u.test(rest) && !/^(?:that'?s?\s+(?:it|all)|nothing|no)\b/i.test(normaliseReply(rest)) ? rest : undefined;
  }
  const too = TOO_AFTER.exec(trimmed);
  const words = too?.[1]?.trim();
  // "swimming too": a few words only; "it makes him anxious too" answers the question asked.
  if (words && words.split(/\s+/).length <= 3 && !/^(?:it|that|this|me|i|he|she|they|him|her|them|we|you)\b/i.test(words)) return words;
  return undefined;
}

/** The words without a carrying-on start: "and another thing, she loves drawing" is "she loves drawing". */
export function withoutCarryOn(text: string): string {
  const lead = LEAD.exec(text.trim());
  return lead ? text.trim().slice(lead[0].length) : text;
}
