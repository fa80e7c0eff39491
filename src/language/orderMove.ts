import { normaliseMessage } from './text';

/*
 * "Thank you. Now the toilet goal please move it to before the swimming one", "can you put the
 * toilet one before the swimming one": a part of the plan to go before (or after) another. Thanks
 * and politeness before the request are no part of it. Gives the words naming each part.
 */

export interface OrderMove {
  moved: string;
  place: 'before' | 'after';
  other: string;
}

/** Thanks, politeness and joining words before the request itself. */
const POLITE = /^(?:(?:thank you|thank u|thankyou|thanks|thx|ty|ta|cheers|great|lovely|brilliant|perfect|ok|okay|now|so|and|right|please|pls|plz|can you|can u|could you|could u|would you|will you|i want|i would like|id like)\s+)*/;
const WHERE = String.raw`(?:to\s+)?(?:go\s+)?(before|above|in front of|ahead of|after|below|behind|under|underneath)\s+`;
const AT_END = String.raw`(?:\s+(?:please|pls|plz|thanks|thank you|instead|in the list|on the list|in my plan))*$`;

const PATTERNS: readonly RegExp[] = [
  // "move the toilet goal before the swimming one", "put the toilet one to before the swimming one"
  new RegExp(String.raw`^(?:move|put|swap|have)\s+(?!(?:to|in|into|out|house|home|away|back)\b)(.+?)\s+${WHERE}(.+?)${AT_END}`),
  // "the toilet goal please move it to before the swimming one", "the toilet one can it go before the swimming one"
  new RegExp(String.raw`^(.+?)\s+(?:(?:please|pls|can you|could you|can u)\s+)*(?:move|put)\s+(?:it|that|this|that one|this one)\s+${WHERE}(.+?)${AT_END}`),
  new RegExp(String.raw`^(.+?)\s+(?:(?:please|pls)\s+)*(?:can|could|should)\s+(?:it|that|this)\s+(?:go|come|be)\s+${WHERE}(.+?)${AT_END}`),
];

/** The part to move and the one it goes before or after; null when the message asks no such thing. */
export function orderMoveSaid(text: string): OrderMove | null {
  if (text.length > 240) return null;
  const said = normaliseMessage(text).replace(POLITE, '').trim();
  for (const re of PATTERNS) {
    const m = re.exec(said);
    if (!m) continue;
    const moved = m[1]!.replace(POLITE, '').trim();
    const other = m[3]!.trim();
    if (!moved || !other || moved === other) return null;
    // "move the reading outcome so its not under the independant hope": a move to another hope, never a new order.
    if (/\b(?:not|isnt|no\s+longer)$/.test(moved) || /\b(?:hopes?|dreams?|wish(?:es)?)$/.test(other)) return null;
    return { moved, place: /^(?:after|below|behind|under|underneath)$/.test(m[2]!) ? 'after' : 'before', other };
  }
  return null;
}
