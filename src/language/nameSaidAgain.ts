/*
 * "Shall I call you Bea?" answered "Bea! B-E-A. its short for Beatrice…": the name read back, said or
 * spelled out again first, is a yes. A no or another name asked for beside it ("Bea? no call me
 * Beatrice") never is.
 */

const TURNS_DOWN = /\b(?:no|nope|nah|not|dont|don't|never|call\s+me|rather|instead|wrong)\b/i;

/** The first piece of the message is the name read back, as typed or spelled out ("B-E-A"). */
export function saysNameAgain(text: string, name: string): boolean {
  if (text.length > 200 || TURNS_DOWN.test(text)) return false;
  const first = text.split(/[.!?,…\n]+|\s+(?=(?:lol|haha\w*|thats|that's|its|it's|yes|yeah|yep)\b)|\s*[:;][-']?[)(DPp]/i)[0]?.trim().toLowerCase() ?? '';
  const wanted = name.toLowerCase();
  // Letters typed one by one, with dashes, dots or spaces between them: "B-E-A", "b e a".
  const spelled = /^(?:\p{L}[-.\s]+)+\p{L}$/u.test(first) ? first.replace(/[-.\s]+/g, '') : undefined;
  return first === wanted || spelled === wanted;
}
