import { normaliseMessage } from './text';

/*
 * After a worry about someone keeping their money was noted, Leon (20) is asked who could help: "a real friend",
 * "no one, craig does all that". Neither names a supporter: the first wishes for someone on his side, the second says
 * the person the note is about holds it all. Read on the whole, short message, from allow-lists.
 */

const REAL_FRIEND =
  /^(?:(?:just|maybe|idk|i\s+dont\s+know|dunno|honestly|tbh|um|erm)\s+)*(?:a|an|some|having\s+a|to\s+have\s+a)?\s*(?:real|proper|true|actual|genuine|good|decent)\s+(?:friend|mate|pal|friends|mates)(?:\s+(?:tbh|honestly|lol|i\s+guess|maybe))*$|^(?:someone|somebody|a\s+person)\s+(?:who\s+is|whos|thats|that\s+is)\s+(?:actually|really)\s+(?:my\s+friend|on\s+my\s+side)$|^(?:a\s+)?(?:friend|mate|someone|somebody)\s+(?:i|who\s+i)\s+(?:can|could)\s+(?:actually\s+|really\s+)?trust$/;

/** Whether the whole message wishes for a real friend, naming nobody who helps. */
export function wishesForARealFriend(text: string): boolean {
  if (text.length > 80) return false;
  return REAL_FRIEND.test(normaliseMessage(text).replace(/\s+(?:lol|tbh|haha)$/, ''));
}

const DOES_IT_ALL = String.raw`(?:does|sorts|handles|deals\s+with|takes\s+care\s+of|controls|runs|has|keeps|looks\s+after)\s+(?:all\s+(?:of\s+)?)?(?:that|it\s+all|everything|it|all\s+of\s+it|(?:my|the)\s+(?:money|pip|benefits|card|bank|bank\s+card|finances|account))(?:\s+(?:stuff|now|anyway|tbh))*`;

/** Who the message says does it all ("craig", "he"), after "no one" or alone; undefined when it says nothing so. */
export function saysSomeoneDoesItAll(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const said = normaliseMessage(text);
  const found = new RegExp(String.raw`^(?:(?:no\s*one|nobody|noone|none|no|nobody\s+really|no\s+one\s+really)\s+)?(?:(?:cos|because|coz|as)\s+)?(he|she|they|[a-z][a-z-]{1,20})\s+${DOES_IT_ALL}$`).exec(said);
  if (!found || found[1] === 'i' || found[1] === 'we' || found[1] === 'it' || found[1] === 'mum' || found[1] === 'dad' || found[1] === 'that') return undefined;
  return found[1];
}

const MONEY_KEPT =
  /\b(?:controls|controlling|controlled|keeps|kept|keeping|collects|collected|spends|spent|takes|took|has|holds|gets)\s+(?:all\s+(?:of\s+)?)?my\s+(?:money|pip|pip\s+money|benefits|wages|cash|card|bank\s+card|savings|universal\s+credit|esa|dla)\b(?![^.!?]{0,30}\b(?:for\s+me|safe|so\s+i\s+(?:dont|can|wont)|to\s+help)\b)/;

/** "craig controls all my money", "he keeps my pip": someone keeping their money from them, said by them. */
export function tellsOfMoneyKeptFromThem(text: string): boolean {
  if (text.length > 400) return false;
  const said = normaliseMessage(text);
  return MONEY_KEPT.test(said) && !/^(?:i|we)\s/.test(said.replace(/^(?:not\s+always|no|yes|sometimes)\s+/, ''));
}
