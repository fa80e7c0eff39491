/*
 * The verbs for taking a thing out ("delete", "rub out", "get rid of", "bin"), spelled once so
 * every reader of a take-out request hears the same ones. Regular-expression source, to be put
 * inside a reader's own pattern; each is a group of its own and works on normalised text.
 */

/**
 * Verbs that mean taking out wherever they stand, even inside a question ("how do i rub it
 * out"): none of them is also an everyday noun.
 */
export const TAKE_OUT_WORD = String.raw`(?:delete|remove|erase|take\s+out|take\s+away|cross\s+out|rub\s+out|get\s+rid\s+of)`;

/**
 * Every verb for taking a named thing out, said as a request ("bin the bus one", "del 3"). The
 * short ones ("bin", "scrap", "del") are also nouns, so they count only where a request starts.
 */
export const TAKE_OUT_VERB = String.raw`(?:${TAKE_OUT_WORD}|del|scrap|bin)`;

/**
 * The verbs that only ever ask to take a part out, said before words that may be an answer:
 * never "get rid of", since "get rid of my anxiety" is a hope.
 */
export const TAKE_OUT_ONLY = String.raw`(?:delete|del|remove|erase|take\s+out|take\s+away|cross\s+out|rub\s+out|scrap|bin)`;

/** "take hope 1 out", "rub that out": the verb split round the thing (its regular-expression source). */
export function takeOutAround(thing: string): string {
  return String.raw`(?:take|get|rub|cross)\s+${thing}\s+(?:out|off|away)`;
}

/** "hope 1 can go", "the first one needs to go", "number 2 can be deleted": the thing first, then its going. */
export function goesAfter(thing: string): string {
  return String.raw`${thing}\s+(?:can|could|should|must|has\s+to|needs\s+to|ought\s+to)\s+(?:just\s+)?(?:go|be\s+(?:deleted|removed|taken\s+out|binned|scrapped|crossed\s+out|rubbed\s+out|gone))\b`;
}

/** Every word order for taking the thing out: "delete hope 1", "take hope 1 out", "hope 1 can go". */
export function takingOut(thing: string): string {
  return `(?:${TAKE_OUT_VERB}\\s+${thing}|${takeOutAround(thing)}|${goesAfter(thing)})`;
}
