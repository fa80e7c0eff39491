import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * "delete that last answer", "take out the last one", "undo the last thing i said": the part added
 * last is to come out (after a yes), not a part whose words are "last answer".
 */

const LEAD = String.raw`^(?:(?:pls|please|plz|can\s+(?:you|u|i|we)|could\s+(?:you|u)|i\s+want\s+to|i\s+wanna|i\s+(?:just\s+)?(?:want|need)\s+(?:you|u)\s+to|just|oh|ok|actually|sorry)[\s,]+)*`;
/** "kill the last one lol", "ditch the last one": said of the last part, only a way to say take it out. */
const TAKE = String.raw`(?:${TAKE_OUT_VERB}|undo|cancel|kill|ditch|axe|chuck|nuke|lose)`;
const LAST = String.raw`(?:that|the|my|this)?\s*(?:very\s+)?last\s+(?:answer|one|thing|bit|part|item|line|reply|message)(?:\s+(?:i|we)\s+(?:said|put|typed|added|wrote|gave|did|sent))?`;
const END = String.raw`(?:\s+(?:pls|please|plz|thanks|lol|haha|lmao|ty))*[\s.!]*$`;
const FIRST = new RegExp(`${LEAD}${TAKE}\\s+${LAST}${END}`, 'i');
/** "take the last one out". */
const OUT_AFTER = new RegExp(`${LEAD}(?:take|get|rub|cross)\\s+${LAST}\\s+out${END}`, 'i');

/** Whether a message asks to take out the part added last. */
export function asksToRemoveLast(text: string): boolean {
  const said = text.slice(0, 120).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  return FIRST.test(said) || OUT_AFTER.test(said);
}
