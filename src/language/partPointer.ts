/*
 * "the reading one", "the one about reading", "the sleep bit": the whole message only points at a
 * part by a word or two of it. Where new words are asked for, such a pointer is a pick, never the
 * words themselves. Anchored at both ends: "the reading one is hard for him" says more.
 */

const POINTER = /^\s*(?:(?:no|nah|sorry|oops|i\s+meant?|i\s+mean)[\s,.!]+)?(?:the\s+)?(?:(?:one|bit|part)\s+(?:about|on|for|with)\s+(?:the\s+|his\s+|her\s+|my\s+)?([a-z']+(?:\s+[a-z']+)?)|([a-z']+(?:\s+[a-z']+)?)\s+(?:one|bit|part))\s*(?:pls|please|plz)?\s*[.!?]*\s*$/i;

/** The words a message points at a part by ("reading"), or undefined when it says anything more. */
export function partPointedAt(text: string): string | undefined {
  const found = POINTER.exec(text.slice(0, 80));
  const words = (found?.[1] ?? found?.[2])?.trim();
  // "the other one", "that one", "this bit": no words to find a part by.
  if (!words || /^(?:other|that|this|same|first|last|next|new|right|wrong|whole)$/i.test(words)) return undefined;
  return words;
}
