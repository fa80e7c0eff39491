import { hopePickedByWords } from './hopePicked';

/*
 * "what about the lunchtimes one", "can we do the lunch one now?" at "another outcome?": a question
 * in form, but it picks the hope to work on next. Read only when the whole message is that
 * question and its words name one hope by its own words; anything else stays a question.
 */

/** The whole message: "what about X", "can we do X now?", "shall we do X next". */
const ASKS_ABOUT =
  /^\s*(?:(?:ok(?:ay)?|so|and|um+|erm)[\s,]+)*(?:what\s+about|how\s+about|wbu|(?:can|could|shall)\s+(?:we|i|u|you)\s+(?:please\s+|pls\s+)?(?:do|try|make\s+one\s+for|have\s+one\s+for)|let'?s\s+do)\s+(.+?)\s*(?:now|next|please|pls|then)*\s*[?!.]*\s*$/i;

/** The one hope the question names; undefined when the message is no such question or names none, or several. */
export function hopeAskedAbout<H extends { id: string; text: string }>(typed: string, hopes: readonly H[]): H | undefined {
  const named = ASKS_ABOUT.exec(typed)?.[1];
  return named ? hopePickedByWords(named, hopes) : undefined;
}
