import { normaliseReply } from './polarity';

/*
 * "its fine actually, yes", "nah leave it", "keep it how it was": said after "Please type it the
 * way you'd like it", these keep the sentence already read back. Only whole replies made of these
 * words count, so "I will be fine on the bus" stays their new wording.
 */

const KEEP_WORDS = new Set([
  'yes', 'yeah', 'yea', 'yeh', 'yep', 'yup', 'ya', 'ok', 'okay', 'k', 'no', 'nah', 'nope', 'its', 'it', 'is', 'thats', 'that', 'was', 'fine',
  'good', 'alright', 'right', 'actually', 'actualy', 'as', 'the', 'way', 'keep', 'leave', 'original', 'first', 'one', 'never', 'mind', 'nvm',
  'dont', 'do', 'not', 'change', 'need', 'to', 'all', 'just', 'i', 'think', 'tbh', 'lol', 'thanks', 'thank', 'you', 'please', 'pls', 'sure',
  'really', 'before', 'how', 'had', 'wrote', 'said', 'perfect', 'great', 'then', 'now', 'same', 'on', 'second', 'thoughts', 'sorry', 'oh',
  'well', 'again', 'still', 'fine', 'like', 'there', 'at', 'lets', 'let', 'go', 'with', 'what', 'wrote', 'earlier', 'first', 'time', 'ur', 'your',
  // "i dont want to change anything", "leave it alone", "no changes needed".
  'want', 'wanna', 'anything', 'nothing', 'changes', 'changing', 'needed', 'alone', 'stay', 'stays', 'unchanged', 'be', 'can', 'we',
]);
/** At least one word that says "keep", so a bare "no" or "yes" is left to the question's own reading. */
const KEEP_SIGNAL = /\b(?:fine|ok|okay|good|alright|right|keep|leave|never mind|nvm|perfect|great|same|dont change|do not change|no change|no changes|dont need to change|do not need to change|(?:dont|do not) (?:want|wanna) to change|unchanged)\b/;

/** "dont keep it", "not that one": the wording is turned down, never kept. */
// "dont want to change it" keeps it: only a want that is not about changing turns it down.
const NOT_KEPT = /\b(?:dont|do not|not|never)\s+(?:keep|leave|like|(?:want|wanna)(?!\s+(?:to\s+)?change))\b|\bnot\s+(?:fine|ok|okay|good|right|alright|great|perfect)\b/;

/** The reply keeps the wording already offered rather than giving new words. */
export function keepsTheWording(text: string): boolean {
  const plain = normaliseReply(text);
  if (!plain || !KEEP_SIGNAL.test(plain) || NOT_KEPT.test(plain)) return false;
  return plain.split(' ').every((word) => KEEP_WORDS.has(word));
}
