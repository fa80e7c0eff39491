import { normaliseReply, readPolarity } from './polarity';

/*
 * "yeah but it says both by, thats weird", "yes but the words sound odd": a yes that only leads in
 * to a complaint about the words read back. It is no yes: the words are not right yet.
 */

const TURN = /^(?:but|tho|though|except|only|just)\b/;
/** Words that say the sentence reads wrong without saying "wrong". */
const ODD =
  /\b(?:weird|wierd|werid|odd|strange|funny|confusing|confused|makes?\s+no\s+sense|(?:doesnt|does\s+not|dont|do\s+not)\s+make\s+(?:any\s+)?sense|(?:sounds?|reads?|looks?)\s+(?:off|bad|silly|rubbish)|not\s+(?:proper\s+)?english|typo|twice|said\s+two\s+times)\b/;
/** "it says both by": pointing at words in the sentence. */
const POINTS_AT_WORDS = /\b(?:it|that|this|the\s+(?:sentence|words?|date|start|beginning|first\s+bit))\s+(?:says|reads|has|starts\s+with)\b/;

/** What follows the yes ("but it says both by, thats weird") is a complaint about the words. */
export function complainsAfterYes(rest: string): boolean {
  const said = normaliseReply(rest.replace(/^[\s,.!;:-]+/, ''), false);
  return TURN.test(said) && (ODD.test(said) || POINTS_AT_WORDS.test(said));
}

/** "yeah but it says both by, thats weird": a yes, then a complaint about the words. */
export function yesThenComplaint(text: string): boolean {
  const { answer, rest } = readPolarity(text);
  return answer === 'yes' && complainsAfterYes(rest);
}
