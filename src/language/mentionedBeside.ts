/*
 * "can i mention his eating? he only eats pasta": what is said beside "can I mention ...?" is the
 * thing they want in the plan. Said where a hope is asked for, it is a hard thing, unless it says
 * what they want or love ("can i mention his football? he wants to play for a team"), which is a hope.
 */

const WANTS_OR_LOVES = /\b(?:wants?|wanna|wish(?:es)?|would\s+(?:like|love)|(?:d|id|hed|shed)\s+(?:like|love)|hopes?|dreams?|loves?|likes?|enjoys?|into|good\s+at)\b/i;

/** Whether the words beside "can I mention ...?" are a hard thing to keep, never a hope. */
export function mentionedIsHard(beside: string): boolean {
  return !WANTS_OR_LOVES.test(beside.replace(/[’']/g, ''));
}
