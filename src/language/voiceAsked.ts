/*
 * A parent or supporter asking whose voice to write in: "not sure if i should be writing like its
 * him or me", "should i say it like ben would say it?", "do i write it in her words". The question
 * is answered (both are fine), and never kept as an answer; what is said beside it still is.
 */

export interface VoiceAsked {
  /** The question, as typed. */
  question: string;
  /** Everything else in the message, for the open question; empty when the message was only the question. */
  rest: string;
}

/** Where a question about how to write starts inside a sentence. */
const ASKING =
  /\b(?:not\s+sure\s+(?:if|whether)|(?:i\s+)?(?:dont|don'?t|do\s+not)\s+know\s+(?:if|whether)|wondering\s+(?:if|whether)|(?:should|shall|do|can|could|must|would)\s+(?:i|we)|am\s+i\s+(?:meant|supposed)\s+to|is\s+it\s+(?:ok|okay|better|best|fine|right)\s+(?:if|to)|should\s+it\s+be|who\s+(?:should|do)\s+i)\b/i;

/** Writing or saying the answers. */
const WRITING = /\b(?:writ\w*|say\w*|said|put\w*|answer\w*|typ\w*|word\w*|phras\w*|talk\w*|speak\w*|should\s+it\s+be)\b/i;

/** Whose voice: him or me, as he would say it, in her words, first person. */
const WHOSE = new RegExp(
  [
    String.raw`\b(?:him|her|them|he|she|they)\s+or\s+(?:me|myself|i|mine)\b`,
    String.raw`\b(?:me|myself|i|mine)\s+or\s+(?:him|her|them|he|she|they)\b`,
    String.raw`\b(?:like|as\s+if|as\s+though|as)\s+(?:(?:it'?s|it\s+is|it\s+was)\s+)?\p{L}+\s+(?:would|will|might|does|did)\s+(?:say|put|write|talk|speak|tell)\b`,
    String.raw`\b(?:like|as|as\s+if)\s+(?:(?:it'?s|it\s+is|it\s+was|i\s+am|i'?m)\s+)?(?:him|her|them|myself|me)\b`,
    String.raw`\b(?:in|with)\s+(?:his|her|their|my|\p{L}+'?s)\s+(?:own\s+)?(?:words|voice)\b`,
    String.raw`\b(?:his|her|their)\s+(?:own\s+)?(?:words|voice)\s+or\s+(?:mine|my\s+own|my)\b`,
    String.raw`\b(?:first|third)\s+person\b`,
    String.raw`\bi\s+will\b.*\bor\b.*\bwill\b|\bwill\b.*\bor\b.*\bi\s+will\b`,
  ].join('|'),
  'iu',
);

/** The question about whose voice to write in, and the rest of the message; null when there is none. */
export function readVoiceAsked(text: string): VoiceAsked | null {
  if (text.length > 400) return null;
  const sentences = text.split(/(?<=[.?!;])\s+/);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const asked = ASKING.exec(sentence);
    if (!asked) continue;
    const question = sentence.slice(asked.index).trim();
    if (!WRITING.test(question) || !WHOSE.test(question)) continue;
    const before = sentence.slice(0, asked.index).replace(/[\s,;:-]+(?:and|but|so|also|im|i'?m|i\s+am)?[\s,;:-]*$/i, '').trim();
    const rest = [...sentences.slice(0, i), before, ...sentences.slice(i + 1)].filter((s) => /\p{L}|\d/u.test(s)).join(' ').trim();
    return { question, rest };
  }
  return null;
}
