import { normaliseMessage } from './text';

/*
 * Words typed where a goal's new sentence is asked that read as pointing at a part or asking
 * for something ("the what it would do for luca part", "can you change the shoes bit"): they
 * are read back for a yes first, never written into the goal straight away.
 */

/** "the ... part", "the ... bit": a part of the plan pointed at, not a sentence for it. */
const PART_NAMED = /^(?:(?:no|i mean|i meant|its)\s+)?the\s+.{1,60}?\s+(?:part|bit|bits|parts|section|line|sentence|one)$/;
/** "can you ...", "please change ...", "i want to change ...": asking, not the sentence itself. */
const ASKING = /^(?:can|could|would|will)\s+(?:you|u|i|we)\b|^(?:please|pls|plz)\s+(?:change|take|remove|delete|edit|fix)\b|^(?:i\s+(?:want|wanna|need)\s+(?:to\s+)?(?:change|take|remove|delete|edit|fix))\b/;

/** Whether new words for a goal read as pointing at a part or asking, so they need a yes first. */
export function readsAsRequest(text: string): boolean {
  const said = normaliseMessage(text);
  return PART_NAMED.test(said) || ASKING.test(said);
}
