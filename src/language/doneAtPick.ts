import { normaliseMessage, phrasesOf } from './text';

/*
 * "done", "finish", "nothing. im done. its fine", "I don't want to change anything. Looks good."
 * at the read-back or when asked which part to change: nothing is to change, and the person is
 * finished with the plan. Every sentence must say only that, so "finish college" or "the change
 * one" (words a part may hold) never count.
 */

const LEAD = String.raw`(?:(?:ok|okay|no|nah|actually|um+|erm+|yes|yeah|yep|so|and|but|honestly)\s+)*`;
const DONE = [
  String.raw`(?:(?:im|i m|i am|all|were|we re|we are|i think im|i think i m)\s+)?(?:done|finished|finish|all done)`,
  String.raw`(?:(?:i want to|i wanna|can we|can i|lets|let s|please)\s+)?finish(?:\s+(?:it|now|here|the plan|this|up))?`,
  String.raw`nothing(?:\s+(?:to change|else|now|thanks|needs changing|needs to change|to fix))?|none|no changes?(?:\s+(?:needed|please))?|no more changes`,
  String.raw`(?:its|it s|thats|that s|it is|that is|all|everything s|everythings|everything is)\s+(?:fine|ok|okay|good|all good|all fine|great|perfect|right)`,
  String.raw`(?:it|that|this|all|everything)?\s*(?:looks|look|seems)\s+(?:good|fine|great|ok|okay|right|perfect)|all good|perfect|happy with it|i m happy with it|im happy with it|i am happy with it`,
  String.raw`(?:i|we)\s+(?:dont|don t|do not)\s+(?:want|wanna|need)\s+(?:to\s+)?change\s+(?:anything|a thing|it|nothing|any of it)`,
  String.raw`(?:thats|that s|that is|i think thats|i think that s)\s+(?:it|all|everything|everything done)|nothing more|nothing else to change|thats us|that s us`,
].join('|');
const TAIL = String.raw`(?:\s+(?:now|thanks|thank you|ta|then|tbh))*`;
/** One to three of these in a row in one sentence: "it looks good i dont want to change it". */
/** "I said looks good", "i already told you its fine": their earlier answer said again, still only that. */
const SAID = String.raw`(?:(?:i|i ve|ive|i have)\s+(?:already\s+|just\s+)?(?:said|told you|told u|say)\s+(?:that\s+)?)?`;
const DONE_SENTENCE = new RegExp(String.raw`^${LEAD}${SAID}(?:${DONE})${TAIL}(?:\s+${LEAD}${SAID}(?:${DONE})${TAIL}){0,2}$`);

/** Whether a message only says the person has nothing to change and is finished. */
export function saysDoneAtPick(text: string): boolean {
  const pieces = phrasesOf(text).map((p) => normaliseMessage(p)).filter(Boolean);
  return pieces.length > 0 && pieces.length <= 4 && pieces.every((p) => DONE_SENTENCE.test(p));
}
