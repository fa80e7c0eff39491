/*
 * Spoken chatter inside an answer: "oh ok", "um", "idk", "lol", a pointer back at the hope ("the
 * vet one.") and a question to the bot at the end ("can you do that in year 7"). None of it belongs
 * in an outcome, and a time inside a question the person asked is not their timeframe.
 */

const FILLER = /(?:^|[\s,]+)(?:oh\s+ok(?:ay)?|ok\s+so|oh|um+|erm+|uh+|hmm+|idk|i\s+dunno|dunno|lol|lmao|tbh|haha\w*)(?=[\s,.!?]|$)/gi;
/** "the vet one." or "that one," said to point at a hope, closed by its own punctuation. */
const POINTER = /(?:^|\s)(?:the|that|this)\s+(?:[a-z'-]+\s+){0,2}one\s*[.,;:!]/gi;
/** A sentence asking the bot something: "can you do that", "is that ok", "will you save it". */
const ASKS_THE_BOT = /^(?:can|could|will|would|is|are|does|do|did|shall|should|r)\s+(?:you|u|we|that|this|it)\b|^(?:is\s+that|does\s+that|that)\s+(?:ok|okay|alright|right|fine|good)\b|^(?:ok|okay|right)\s*\?*$/i;

function withoutFiller(text: string): string {
  return text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** The answer without chatter; unchanged when nothing else would be left. */
export function withoutChatter(text: string): string {
  const pointed = text.replace(POINTER, ' ');
  const sentences = pointed.match(/[^.!?]+[.!?]*/g) ?? [pointed];
  const kept = sentences
    .map((s) => withoutFiller(s))
    .filter((s, i) => s && (i === 0 || !ASKS_THE_BOT.test(s.replace(/^[\s,.]+/, ''))))
    .filter((s) => /[a-z0-9]/i.test(s));
  const joined = kept.join(' ').replace(/\s+([.,!?])/g, '$1').replace(/^[\s,.;:]+/, '').replace(/\s+/g, ' ').trim();
  return joined || text.trim();
}
