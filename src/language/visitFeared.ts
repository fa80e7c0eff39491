import { normaliseMessage } from './text';

/*
 * Fear that the chat sends someone to the family ("i am scared now social worker come to my house", "will they take
 * him away"): said beside asking for a misread note off, it is answered kindly, never read as a worry of its own.
 */
const VISIT =
  /\b(?:social\s+workers?|social\s+services|socials|police|someone|somebody|they)\b(?:\s+\w+){0,4}?\s+(?:come|comes|coming|will\s+come|visit|visits|visiting|knock\w*)\b(?:\s+\w+){0,3}?\s+(?:house|home|door|flat)\b|\b(?:take|taking|took)\s+(?:him|her|them|my\s+(?:son|daughter|kids?|children|child|baby|boy|girl))\s+away\b/;

export function fearsAVisit(text: string): boolean {
  return text.length <= 400 && VISIT.test(normaliseMessage(text));
}
