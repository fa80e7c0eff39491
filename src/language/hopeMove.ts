import { foldCase } from './text';

/*
 * "it's for my other hope about living near my nan", "this goes with the driving one", "wrong
 * hope, it's for being a chef": the outcome is right but belongs to another hope. Returns the
 * words that name that hope (for hopePointedAt), or undefined when the message does not say so.
 */

const FOR_HOPE =
  /^(?:(?:no|nah|yes|yeah|yep|ok|okay|but|and|well|actually|wait|hang on|hold on|sorry|oops|hmm|um|wrong hope|not that hope|its not for that(?: one| hope)?)[\s,.!-]+)*(?:(?:it|this|that|this one|that one)(?:'s|s| is| should be| goes| belongs| needs to go| wants to go)?|(?:can you |could you |please )?(?:put|move|link|change)(?: it| this| that)?(?: to)?)\s+(?:for|with|under|in|on|to|about)\s+(?:(?:my|the|his|her|their)\s+)?(?:other|another|second|first|different)?\s*(.+)$/;
const HOPE_WORD = /\b(?:hope|dream|one|goal|wish|aspiration)\b/;

export function hopeMovedTo(text: string): string | undefined {
  const plain = foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/[.!?\s]+$/, '').trim();
  if (plain.split(/\s+/).length > 16) return undefined;
  const m = FOR_HOPE.exec(plain);
  const named = m?.[1]?.trim();
  // "it's for my mum" is not a hope: the words must call it a hope, a dream or "the ... one".
  if (!named || !(HOPE_WORD.test(named) || /\b(?:other|another|different|wrong hope|not that hope)\b/.test(plain))) return undefined;
  const words = named.replace(/^(?:(?:hope|dream|goal|wish|one)\s+)?(?:about|of|to|for)?\s*/, '').replace(/\s+(?:hope|dream|one|goal|wish)$/, '').trim();
  return words || undefined;
}

/*
 * "yes. but it is not for train driver hope… can you move it?": the outcome is right, its hope is
 * not. Returns the words naming the hope it is NOT for ('' when unnamed), or undefined.
 */
const NOT_FOR =
  /\b(?:(?:it|this|that|this one|that one)\s*(?:is|s|'s)?\s*)?(?:not|isnt|isn't|is not|doesnt|does not|dont|don't)\s+(?:for|about|with|under|go with|belong to|fit|fits)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|this\s+|that\s+)?(.{0,40}?)\s*(?:hope|dream|goal|wish|one)\b/;
const WRONG_HOPE = /\b(?:wrong|other|different)\s+(?:hope|dream|goal|one)\b/;
const MOVE = /\b(?:move|moved|put|change|switch|shift)\b/;

export function hopeMovedAway(text: string): string | undefined {
  const plain = foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/[…]/g, '.').trim();
  if (plain.split(/\s+/).length > 25) return undefined;
  const m = NOT_FOR.exec(plain);
  if (m) return (m[1] ?? '').trim();
  return WRONG_HOPE.test(plain) && MOVE.test(plain) ? '' : undefined;
}
