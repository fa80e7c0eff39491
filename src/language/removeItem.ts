import { normaliseMessage } from './text';

/*
 * While choosing a part of the plan to change, "delete" or "get rid of the bus one" means taking
 * out one part, not deleting everything the person has said. Only "my data", "everything" or
 * "all" make it the delete-my-data command.
 */

const REMOVE = /^(?:(?:please|pls|can you|could you|can i|i want to|i wanna|id like to|just)\s+)*(?:delete|del|remove|get rid of|take out|take away|take off|bin|scrap|drop|cross out|rub out|erase)(?:\s+(.*?))?(?:\s+(?:please|pls|thanks|out|off))*$/;
/** "take that one out", "take number 8 out": the part named between the verb and "out". */
const TAKE_OUT = /^(?:(?:please|pls|can you|could you|can i|i want to|i wanna|id like to|just)\s+)*(?:take|get|rub|cross|leave)\s+(.+?)\s+(?:out|off|away)(?:\s+(?:please|pls|thanks|completely|altogether))*$/;
/** "i'd like it removed completely please", "can that one be deleted": the part to go, said the other way round. */
const WANTS_GONE = /^(?:(?:please|pls|just|can|could|i want|i would like|id like|i wanna|i want to have|get)\s+)*(it|this|that|this one|that one|the .+? one|number \d{1,2}|\d{1,2})\s+(?:to be\s+|be\s+)?(?:removed|deleted|taken out|gone|got rid of|binned|scrapped)(?:\s+(?:please|pls|thanks|completely|altogether|for good|totally))*$/;
const EVERYTHING = /\b(?:my data|data|everything|all|every thing|my answers|all my|me|my information|my info|my details|my account|it all)\b/;
const POINTER = /^(?:it|this|that|this one|that one|the one|one|it completely|that completely)$/;

/** The part of the plan named after "delete" ("the bus one", "3"), '' for "delete" or "delete that"; null when not asking to take one part out. */
export function asksToRemove(text: string): string | null {
  const t = normaliseMessage(text);
  const m = REMOVE.exec(t) ?? TAKE_OUT.exec(t) ?? WANTS_GONE.exec(t);
  if (!m) return null;
  const rest = (m[1] ?? '').trim().replace(/^number\s+(?=\d)/, '');
  if (EVERYTHING.test(rest)) return null;
  return POINTER.test(rest) ? '' : rest;
}
