import { NOTHING_TAKEN_BACK } from './noteTalkBeside';
import { normaliseMessage } from './text';

/*
 * A note marked as taken back when the person took nothing back: "what?? i didnt take anything back",
 * "it did happen. dont mark it taken back", "it was true", "i never said it was a mistake". The mark is
 * theirs to lift. Words that take it back ("it didnt happen", "it wasnt true") are never read so.
 */

const LIFTS = new RegExp(
  [
    NOTHING_TAKEN_BACK.source,
    // "it did happen", "it really did happen", "that did happen tho", "it happened", "it is true", "it was real"
    String.raw`^(?:(?:what|wait|no|nah|but|erm|um|huh)\s+)*(?:it|that|this|he|all\s+of\s+it)\s+(?:really\s+|actually\s+|honestly\s+|did\s+really\s+)?(?:did\s+happen|happened|(?:is|was|s)\s+(?:all\s+)?(?:true|real))\b(?!\s+(?:to\s+(?:someone|somebody)\s+else|to\s+my\s+friend|in\s+a\s+(?:film|game|dream)))`,
    // "dont mark it taken back", "do not say i took it back", "unmark it"
    String.raw`\b(?:dont|do\s+not|please\s+dont|pls\s+dont|stop)\s+(?:mark|marking|put|putting|say|saying|write|writing)\s+(?:it|that|this|the\s+note|i\s+(?:took|take|taken)\s+(?:it|that|anything))\s+(?:as\s+)?(?:taken\s+back|back|took\s+back|a\s+mistake|a\s+mix\s*up|not\s+true)\b|\bun\s*mark\s+(?:it|that|the\s+note)\b`,
    // "i never said it was a mistake", "i didnt say it wasnt true"
    String.raw`\bi\s+(?:never|didnt|did\s+not|dint)\s+(?:say|said)\s+(?:it|that|this)\s+(?:was|wasnt|was\s+not|didnt|did\s+not)\s+(?:a\s+mistake|a\s+mix\s*up|a\s+lie|a\s+joke|true|happen|real)\b`,
    // "it wasnt a mistake", "it was not a joke"
    String.raw`\b(?:it|that|this)\s+(?:wasnt|was\s+not|isnt|is\s+not)\s+(?:a\s+)?(?:mistake|mix\s*up|joke|lie|made\s+up)\b`,
  ].join('|'),
);

/** Whether the message says that nothing told was taken back, so a take-back mark on the note comes off. */
export function liftsTakeBack(text: string): boolean {
  if (text.length > 300) return false;
  return LIFTS.test(normaliseMessage(text));
}
