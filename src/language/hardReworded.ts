import { normaliseMessage } from './text';

/*
 * Asking for the hard thing just kept to say something else: "no thats not what i meant can u
 * change it" (new words to be asked for), "change whats hard to reading. i cant read the questions
 * fast" (the new words given: "reading: i cant read the questions fast").
 */

/** "no thats not what i meant", "thats wrong", "not what i said": the complaint before the asking. */
const NOT_MEANT = String.raw`(?:(?:no|nah|nope|wait|oops|um+|erm+|hmm+)\s+)*(?:(?:thats|that\s+s|that\s+is|its|it\s+s)\s+(?:not\s+(?:what\s+i\s+(?:meant|mean|ment|said|wanted)|right|it)|wrong)|not\s+what\s+i\s+(?:meant|mean|ment|said))`;
// "change it" asks for other words; "fix it" says only that something is wrong (the words, or a help kept
// as a hard thing), so it gets the answer said back with both ways to put it right (needsLastAnswerWrong.ts).
const CHANGE_IT = String.raw`(?:(?:so\s+|but\s+)?(?:(?:can|could|will|would)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:change|redo)\s+(?:it|that|this)(?:\s+(?:please|pls|plz|for\s+me))*)`;
const ASKS_CHANGE = new RegExp(String.raw`^${NOT_MEANT}\s+${CHANGE_IT}$`);

/** Whether the message says the answer just kept was wrong and asks to change it, with no new words. */
export function asksToChangeLastHard(text: string): boolean {
  if (text.length > 100) return false;
  return ASKS_CHANGE.test(normaliseMessage(text).trim());
}

/** "change whats hard to", "can u make the hard thing say": the new words follow. */
const CHANGED_TO =
  /^\s*(?:(?:no|nah|wait|ok|okay)[\s,.!]+)*(?:(?:can|could|will)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:change|make|put)\s+(?:what'?s|what\s+is|wat'?s|wots|the)\s+(?:hard(?:\s+thing)?|problem)\s+(?:to\s+say|to|into|say)\s*:?\s*(.+)$/i;

/**
 * The new words for the hard thing just kept, as typed: a name, then what it means after a full
 * stop ("reading. i cant read the questions fast") is kept as "reading: i cant read the questions fast".
 */
export function hardChangedTo(text: string): string | null {
  if (text.length > 200) return null;
  const m = CHANGED_TO.exec(text.trim());
  if (!m) return null;
  const sentences = m[1]!.split(/(?<=\S)\s*[.!]+\s+/).map((s) => s.replace(/[.!\s]+$/, '').trim()).filter(Boolean);
  if (sentences.length === 0 || !/\p{L}{2,}/u.test(sentences[0]!)) return null;
  return sentences.length > 1 && sentences[0]!.split(/\s+/).length <= 3 ? `${sentences[0]}: ${sentences.slice(1).join('. ')}` : sentences.join('. ');
}
