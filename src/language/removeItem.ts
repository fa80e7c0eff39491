import { normaliseMessage } from './text';

/*
 * While choosing a part of the plan to change, "delete" or "get rid of the bus one" means taking
 * out one part, not deleting everything the person has said. Only "my data", "everything" or
 * "all" make it the delete-my-data command.
 */

const REMOVE = /^(?:(?:please|pls|can you|could you|can i|i want to|i wanna|id like to|just)\s+)*(?:delete|del|remove|get rid of|take out|take away|take off|bin|scrap|drop|cross out|rub out|erase)(?:\s+(.*?))?(?:\s+(?:please|pls|thanks|out|off))*$/;
const EVERYTHING = /\b(?:my data|data|everything|all|every thing|my answers|all my|me|my information|my info|my details|my account|it all)\b/;
const POINTER = /^(?:it|this|that|this one|that one|the one|one)$/;

/** The part of the plan named after "delete" ("the bus one", "3"), '' for "delete" or "delete that"; null when not asking to take one part out. */
export function asksToRemove(text: string): string | null {
  const t = normaliseMessage(text);
  const m = REMOVE.exec(t);
  if (!m) return null;
  const rest = (m[1] ?? '').trim();
  if (EVERYTHING.test(rest)) return null;
  return POINTER.test(rest) ? '' : rest;
}
