/*
 * A message left for the key worker: "can you tell my key worker i want to start in september",
 * "please let my social worker know that i moved", "note for my senco: i like the quiet room".
 * Gives the message in the person's words; null when none is given ("can my key worker see it?"
 * is a question about who sees the plan, not a message).
 */

const LEAD = String.raw`^(?:(?:ok|okay|oh|and|but|also|so|um+|erm+|actually|one more thing|btw)[\s,]+)*`;
const ASK = String.raw`(?:(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|i\s+want\s+(?:you|u)\s+to\s+|(?:i\s+)?need\s+(?:you|u)\s+to\s+)?`;
const WHO = String.raw`(?:my|the|our|his|her|their)\s+(?:key\s*workers?|keyworkers?|social\s+workers?|support\s+workers?|senco|sendco|case\s+workers?|coordinator|ehc\s+coordinator)`;

const PATTERNS: readonly RegExp[] = [
  // "can you tell my key worker (that) X", "let my key worker know (that) X"
  new RegExp(String.raw`${LEAD}${ASK}(?:tell|remind|ask)\s+${WHO}\s+(?:that\s+|about\s+)?([^?]+?)\??$`, 'i'),
  new RegExp(String.raw`${LEAD}${ASK}let\s+${WHO}\s+know\s+(?:that\s+|about\s+)?([^?]+?)\??$`, 'i'),
  // "note for my key worker: X", "message to my social worker - X"
  new RegExp(String.raw`${LEAD}(?:a\s+)?(?:note|message|comment)\s+(?:for|to)\s+${WHO}\s*[:\-,]?\s+(.+)$`, 'i'),
  // "i want it written down somewhere that X", "can you note down that X": kept for the key worker to read.
  new RegExp(String.raw`${LEAD}(?:i|we)\s+(?:want|would\s+like|d\s+like|need)\s+(?:it|this|that)\s+(?:written\s+down|noted(?:\s+down)?|recorded|put\s+down|on\s+record|kept)\s+(?:somewhere\s+|in\s+(?:the|my|his|her|their)\s+plan\s+)?(?:that|how)\s+(.+)$`, 'i'),
  new RegExp(String.raw`${LEAD}${ASK}(?:note|write|put|record)\s+(?:it\s+)?(?:down\s+(?:somewhere\s+)?|somewhere\s+)that\s+(.+)$`, 'i'),
  // "i want my key worker to know (that) X"
  new RegExp(String.raw`${LEAD}i\s+(?:want|would\s+like|d\s+like)\s+${WHO}\s+to\s+know\s+(?:that\s+)?(.+)$`, 'i'),
];

/** Not a message: a question or a word about the plan itself. */
const NOT_A_MESSAGE = /^(?:it|this|that|about it|about this|about the plan|the plan|my plan|everything|anything|them|him|her|what i said|yes|no|ok)$/i;

export function keyWorkerNoteSaid(text: string): string | null {
  if (text.length > 400) return null;
  const said = text.trim().replace(/\s+/g, ' ');
  for (const pattern of PATTERNS) {
    const note = pattern.exec(said)?.[1]?.trim().replace(/[.!]+$/, '').trim();
    if (note && note.split(' ').length >= 2 && !NOT_A_MESSAGE.test(note)) return note;
  }
  return null;
}
