import { normaliseMessage, phrasesOf } from './text';

/*
 * "no thats all, got to go to work soon", "i said no thats all", "none of them... im done": the
 * person has finished adding outcomes, whatever follows. People in a hurry add why they are going
 * ("got to go to work"), and that is no new outcome. Only a "but ..." after it may carry more,
 * so it is left to the other readers ("no thats all, but what about swimming").
 */

/** What may come before the done words: "i said", "ok", "no", "none of them". */
const LEAD = /^(?:(?:i said|i already said|like i said|as i said|i told you|okay|ok|ah right|right|ah|well|sorry|thank you|thanks|no thank you|no thanks|nope|nah|none of them|none|neither|no(?! more\b))\b\s*)+/;

/** Done words that may have a tail straight after them ("thats all got to go"). */
const DONE_LEAD = /^(?:thats all|that is all|thats everything|thats it for now|im done|i am done|were done|we are done|im finished|i am finished|all done)\b/;

/** Done words that must stand alone ("no more", not "no more nappies"). */
const DONE_ALONE =
  /^(?:thats it|that is it|done|finished|enough|thats enough|nothing else|nothing more|no more|no more (?:outcomes?|goals?|ones?)|i (?:dont|do not) (?:want|need|wanna) (?:another|any more|anymore|any other|more)(?: (?:one|ones|outcomes?|goals?))?)(?: (?:please|thanks|thank you|now|for now|for today))*$/;

/** "but", "except": what follows may name more to add, so the message is not read here. */
const BUT = /^(?:but|except|apart from|only|although|though)\b/;

/** True when the message opens by saying the outcomes are done ("no thats all", with any tail). */
export function saysDoneAdding(text: string): boolean {
  if (text.length > 300) return false;
  const parts = phrasesOf(text)
    .map((p) => normaliseMessage(p))
    .filter((p) => p !== '');
  for (const [i, part] of parts.entries()) {
    const said = part.replace(LEAD, '').trim();
    const led = said !== part;
    if (said === '') continue;
    const tail = DONE_LEAD.test(said) ? said.replace(DONE_LEAD, '').trim() : DONE_ALONE.test(said) ? '' : undefined;
    if (tail === undefined) return false;
    // "thats all he needs" without a "no" before it may be an answer; "no thats all got to go" is not.
    if (tail && (!led || BUT.test(tail))) return false;
    const next = parts[i + 1];
    return !(next && BUT.test(next));
  }
  return false;
}
