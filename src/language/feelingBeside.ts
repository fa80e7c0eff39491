/*
 * A like or dislike said beside a step: "pass my theory test. i hate forms". The feeling is talk
 * about the step, never part of it; the step is the other sentences. A feeling said alone stays
 * the answer, to be coached as any answer is.
 */

const FEELING: readonly RegExp[] = [
  // "i hate forms", "he really loves trains", "i cant stand the bus"
  /^(?:(?:and|but|so|also|ugh+|lol|tbh|honestly|plus|oh)\s+)*(?:i|we|he|she|they)\s+(?:really\s+|just\s+|absolutely\s+|totally\s+|also\s+)?(?:hate|hates|love|loves|cant\s+stand|detest|dislike|dislikes|cannot\s+stand)\s+(?!(?:to|it\s+when|when|that|how)\b)[\p{L}' ]{1,30}$/u,
  // "forms are so boring", "ugh forms", "the bus is the worst", "the pool near us is rubbish tho"
  /^(?:(?:and|but|so|ugh+|lol|tbh)\s+)*(?:the\s+|my\s+|our\s+)?[\p{L}']+(?:\s+[\p{L}']+){0,3}\s+(?:is|are|s)\s+(?:so\s+|really\s+|well\s+|just\s+)?(?:boring|annoying|rubbish|the\s+worst|a\s+pain|awful|horrible|stressful|crap|pants)(?:\s+(?:tho|though|lol|tbh|anyway))*$/u,
  /^ugh+\s+[\p{L}']+(?:\s+[\p{L}']+)?$/u,
];

function plain(sentence: string): string {
  return sentence.toLowerCase().replace(/[’‘`]/g, "'").replace(/'/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function isFeelingAside(sentence: string): boolean {
  const said = plain(sentence);
  return said.split(' ').length <= 7 && FEELING.some((re) => re.test(said));
}

/** The step without the feelings said beside it; the words unchanged when nothing else is left. */
export function withoutFeelingsBeside(text: string): string {
  const sentences = text.trim().split(/(?<=[.!?…])\s+|\s*\n+\s*/).filter((s) => s.trim());
  // "learn to swim, the pool near us is rubbish tho": a feeling after a comma at a sentence's end goes too.
  const kept = sentences.filter((s) => !(sentences.length > 1 && isFeelingAside(s))).map(withoutFeelingAfterComma);
  return kept.length > 0 && kept.some((s) => s.trim()) ? kept.filter((s) => s.trim()).join(' ') : text.trim();
}

/** "learn to swim, the pool near us is rubbish tho" is "learn to swim"; a feeling alone stays as it is. */
function withoutFeelingAfterComma(sentence: string): string {
  const comma = sentence.lastIndexOf(',');
  if (comma <= 0) return sentence;
  const before = sentence.slice(0, comma).trim();
  const after = sentence.slice(comma + 1).trim();
  if (!/\p{L}/u.test(before) || !isFeelingAside(after)) return sentence;
  return `${before}${/[.!?…]$/.test(sentence.trim()) ? sentence.trim().slice(-1) : ''}`;
}
