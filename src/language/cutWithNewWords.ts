import { newWordsIn } from './newWords';
import { wordsToRemove } from './wordsToRemove';

/*
 * "take out the bit about the dryer. it should say: ...": some words named to come out, and the
 * whole new wording given in the same message. The new wording is what is meant: read back for a
 * yes, never the cut alone (which could leave half a sentence).
 */

const MAX_CHARS = 400;
/** "it should say", "change it to", "make it say", "just put": new wording follows. */
const NEW_WORDING = /(?:^|[.,;:!?]\s*|\s+(?:and|so|then|instead)\s+)(?=(?:and\s+|so\s+|then\s+)?(?:(?:it|this|that)\s+(?:should|shud|shld|shuld|must)\s+(?:say|read|be)\b|change\s+(?:it|this|that)\s+to\b|make\s+it\s+say\b|just\s+(?:put|write|say)\b|(?:put|write)\s*:|instead\s+(?:put|write|say)\b))/i;

/** The words to take out and the new wording given after them; undefined when the message gives no new wording. */
export function cutWithNewWords(text: string): { cut: string; to: string } | undefined {
  const said = text.slice(0, MAX_CHARS).replace(/[\u2018\u2019]/g, "'").trim();
  const found = NEW_WORDING.exec(said);
  if (!found || found.index === 0) return undefined;
  const cut = wordsToRemove(said.slice(0, found.index));
  const to = newWordsIn(said.slice(found.index));
  // A few words are no whole new wording ("it should say less").
  if (!cut || !to || to.split(/\s+/).length < 3) return undefined;
  return { cut, to };
}

/** Words a part would end on, or end a clause on, that leave it broken once some words are cut: "like,", "turn off.". */
const DANGLING = /\b(?:like|the|a|an|to|of|and|or|but|with|without|for|about|from|by|at|into|his|her|my|their|our|your|such\s+as|turn\s+off|switch\s+off|turn\s+on|switch\s+on)\s*(?:[,;:.!?]|$)/i;

/** Whether what is left after a cut reads as a broken sentence (a clause ending on "like" or "turn off"). */
export function leftBroken(left: string): boolean {
  return DANGLING.test(left.trim()) || /^[\s,;:]/.test(left) || /,\s*[,.]/.test(left);
}
