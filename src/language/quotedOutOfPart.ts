import { TAKE_OUT_WORD } from './takeOutVerbs';
import { asksForAChange } from './requestBeside';

/*
 * "ok well take out the bit about 'after contact with his mum' from what makes things hard. ill talk
 * to his social worker about that bit": the quote names the words to take out. Where they are
 * ("from what makes things hard") and a remark after ("ill talk to his social worker") are no part
 * of them: the request is read as "take out 'after contact with his mum'".
 */

const OPEN = `["“‘']`;
const CLOSE = `["”’']`;
const POINTER = String.raw`(?:(?:the|that|this)\s+(?:bit|part|words?|line|sentence|phrase)\s+(?:(?:about|that\s+says|saying|where\s+it\s+says|with)\s+)?|where\s+it\s+says\s+)?`;
/** "from what makes things hard", "out of the hard bit", "in the needs": where the words are, never words to take out. */
const WHERE = String.raw`(?:\s+(?:from|out\s+of|in|under|off)\s+[^.!?"“”]{2,60}?)?`;

const QUOTED_OUT: readonly RegExp[] = [
  // "take out the bit about 'X' from what makes things hard. ..."
  new RegExp(String.raw`\b${TAKE_OUT_WORD}\s+${POINTER}${OPEN}([^"“”]{3,200}?)${CLOSE}(?=[\s.,!?]|$)(${WHERE})(?=\s*(?:[.!?,;]|$|\s+(?:please|pls|plz|thanks|cos|coz|because|as)\b))`, 'iu'),
  // "take 'X' out of what makes it hard"
  new RegExp(String.raw`\b(?:take|get)\s+${POINTER}${OPEN}([^"“”]{3,200}?)${CLOSE}\s+(?:out|off)\b((?:\s+(?:of|from)\s+[^.!?"“”]{2,60}?)?)(?=\s*(?:[.!?,;]|$|\s+(?:please|pls|plz|thanks|cos|coz|because|as)\b))`, 'iu'),
];

/**
 * The plain request "take out 'X'" when the message quotes words to take out and says more beside
 * them (where they are, a remark after); undefined when it asks nothing like that, or when what
 * follows asks for another change (then the message is read whole).
 */
export function quotedOutOfPart(text: string): string | undefined {
  const said = text.trim().replace(/\s+/g, ' ');
  if (said.length > 500) return undefined;
  for (const re of QUOTED_OUT) {
    const found = re.exec(said);
    const quote = found?.[1]?.trim();
    if (!found || !quote || !/\p{L}{2,}/u.test(quote)) continue;
    const after = said.slice(found.index + found[0].length).replace(/^[\s.!?,;]+/, '');
    const beside = (found[2] ?? '').trim() !== '' || after !== '' || found.index > 0;
    if (!beside) return undefined;
    // "... from the hard bit. and change the date to june": two requests, read whole by the review.
    if (after && asksForAChange(after)) return undefined;
    return `take out '${quote}'`;
  }
  return undefined;
}
