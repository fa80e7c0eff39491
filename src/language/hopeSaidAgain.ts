import { hopePickedByWords } from './hopePicked';

/*
 * "i just said. garage job", "i already told you, the garage one", "like i said garage job": a hope
 * already said, named again by a few of its words. It points at that hope; it is never a step.
 */

const ALREADY =
  /^(?:(?:but|and|so|well|um+|erm+|no|nah|yes|yeah|ye|i\s+mean|omg|bruh)[\s,.!]+)*(?:i\s+(?:just\s+|already\s+|literally\s+)*(?:said|told\s+(?:you|u|ya)|say|typed|put|wrote)(?:\s+(?:that|this|it))?(?:\s+(?:already|before|earlier|just\s+now))?|(?:like|as)\s+i\s+(?:already\s+|just\s+)?(?:said|told\s+(?:you|u|ya)|say)|i\s+(?:just\s+|already\s+)?answered\s+(?:that|this|it))[\s,.!:;-]+(?:(?:its|it\s+is|it\s+was|thats|the|my)\s+)?/i;

/** Two or three words, none of them doing anything: "garage job", "the flat". */
const NAMING_ONLY = /^(?:the\s+|my\s+)?[a-z']+(?:\s+[a-z']+){0,2}$/i;

/**
 * The hope these words name again after saying it was said, or undefined. With `bare`, a hope named
 * by two or three of its own words alone counts too (the "i just said" may have been answered
 * already, as talk about the chat).
 */
export function hopeSaidAgain<H extends { id: string; text: string }>(text: string, hopes: readonly H[], options: { bare?: boolean } = {}): H | undefined {
  const lead = ALREADY.exec(text.trim());
  if (!lead) {
    const plain = text.trim().replace(/[.!?]+$/, '');
    return options.bare && NAMING_ONLY.test(plain) && plain.split(/\s+/).length >= 2 ? hopePickedByWords(plain, hopes) : undefined;
  }
  const rest = text.trim().slice(lead[0].length).replace(/\s+(?:one|hope|dream|thing)\s*[.!?]*$/i, '').replace(/[.!?]+$/, '').trim();
  return rest ? hopePickedByWords(rest, hopes) : undefined;
}
