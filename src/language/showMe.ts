/*
 * Asking to see what was kept, or what a word of their own means to the bot: "show me", "let me
 * see it", "what is meltdown in your words, you know it?". Talk about the chat, never an answer.
 */

/** "show me", "show me what you kept", "let me see": what was kept is said. */
export const SHOW_ME =
  /^(?:(?:please|so|then|now)\s+)*(?:(?:can|could)\s+you\s+)?(?:show|shw)\s+(?:me|us)(?:\s+(?:it|that|them|what you (?:kept|have|wrote|put)|the words))?(?:\s+(?:please|now|again))*$|^let\s+me\s+see(?:\s+(?:it|that|them))?$/;

/** "what is meltdown in your words", "you know what is meltdown?", "what means meltdown for you": a word of their own asked back. */
const OWN_WORD = [
  /^(?:what|wat)\s+(?:is|are|means?|mean)\s+(?:a\s+|an\s+|the\s+)?([a-z][a-z ]{1,30}?)\s+(?:in|with|for)\s+(?:your|you|ur|u)(?:\s+own)?(?:\s+words?)?(?:\s+(?:you know(?: it| this| that)?|do you know(?: it)?))?$/,
  /^(?:do\s+)?(?:you|u)\s+know\s+(?:what|wat)\s+(?:is|are|means?)\s+(?:a\s+|an\s+|the\s+)?([a-z][a-z ]{1,30}?)$/,
];

/** The word of their own the sentence asks the bot to explain, or null. */
export function ownWordAsked(said: string): string | null {
  for (const re of OWN_WORD) {
    const m = re.exec(said);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** "why you say them? he is one boy", "why do you write they": the bot's "them" about one child questioned. */
const WHY_THEM = /^(?:why|y)\s+(?:do\s+|did\s+)?(?:you|u)?\s*(?:say|said|says|write|wrote|call|calls|use|put)\s+(?:them|they|their|theirs)\b|^(?:he|she)\s+(?:is|s)\s+(?:only\s+)?(?:one|1|a)\s+(?:boy|girl|child|kid|person)\b|^(?:not|no)\s+(?:them|they)\b.*\b(?:he|she|him|her)\b/;

/** True when the sentence asks why the bot says "them" about one child. */
export function asksWhyThem(said: string): boolean {
  return WHY_THEM.test(said);
}
