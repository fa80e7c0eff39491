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

/**
 * "i want to change it", "can you change it please", "change the words": asks to change the
 * sentence without giving the new words. Anchored at both ends; only these everyday words.
 */
const CHANGE_IT_ONLY =
  /^(?:(?:no|nah|actually|hmm|um|wait|ok|okay|hold on|hang on)\s+)*(?:(?:can|could|would)\s+(?:you|u|i|we)\s+|(?:please|pls|plz)\s+|i\s+(?:want|wanna|need|would like|d like)\s+(?:to\s+)?)?(?:change|edit|fix|redo|reword)\s+(?:it|that|this|the\s+(?:words|wording|outcome|goal|sentence))(?:\s+(?:please|pls|plz|now|then|again|a bit))*$/;

/** Whether a message only asks to change the sentence, with no new words for it. */
export function asksToChangeOnly(text: string): boolean {
  return CHANGE_IT_ONLY.test(normaliseMessage(text));
}

/** "NO. stop. go back", "no no undo", "stop put it back": the change just made is to be undone. */
const STOP_GO_BACK =
  /^(?:(?:no+|nope|nah|stop|wait|oops|whoops|argh|ugh|hold on|hang on|please|pls)\s+)*(?:go\s+back|back|undo(?:\s+(?:that|it))?|(?:put|change)\s+it\s+back)(?:\s+(?:please|pls|now|again))*$/;

/** Whether a message asks to stop and undo the change just made; "go back to swimming" never does. */
export function asksToStopAndGoBack(text: string): boolean {
  return STOP_GO_BACK.test(normaliseMessage(text));
}
