import { normaliseMessage } from './text';

/*
 * A friendly remark rather than an answer: "That's lovely to hear", "thanks", "ok cool", "haha
 * nice". Said at a question that wants the person's own words it is never kept as content (a
 * strength, a hope, a need); the bot answers kindly and asks the same question again. Only whole
 * messages count, so "my mum says thanks a lot" or "i'm nice to people" stay answers.
 */

const OPENERS = '(?:oh|ah|aw+|ahh+|ooh+|well|yeah|yes|ok|okay|k|kk|alright|right|haha\\w*|hehe\\w*|lol|wow|yay|great|cool|nice|sweet|lovely|brill|brilliant|awesome|perfect|fab|fabulous|fantastic|amazing|good|fine|sound|ace)';
const REMARKS = [
  '(?:thanks|thank\\s+you|thank\\s+u|thankyou|thx|ty|ta|cheers)(?:\\s+(?:so\\s+much|a\\s+lot|very\\s+much|loads|mate|for\\s+that|for\\s+asking))*',
  "(?:that|thats|that\\s+is|it|its|it\\s+is|this|this\\s+is|sounds|that\\s+sounds)\\s+(?:so\\s+|really\\s+|very\\s+)?(?:lovely|nice|great|good|cool|kind|sweet|amazing|awesome|fine|ok|okay|brilliant|fab|interesting)(?:\\s+(?:to\\s+(?:hear|know|see)|of\\s+you|thanks|thank\\s+you))?",
  '(?:good|nice|great)\\s+(?:to\\s+(?:know|hear)|one)',
  '(?:hi|hello|hey|hiya|heya|yo|good\\s+(?:morning|afternoon|evening))(?:\\s+(?:there|bot|again))?',
  '(?:no\\s+worries|no\\s+problem|np|all\\s+good|fair\\s+enough|got\\s+it|i\\s+see|makes\\s+sense)',
  OPENERS,
];
const SMALL_TALK = new RegExp(`^(?:${OPENERS}\\s+)*(?:${REMARKS.join('|')})(?:\\s+(?:${OPENERS}|${REMARKS[0]}))*$`);

const BARE_REPLY = /^(?:yes|yeah|ok|okay|k|kk|alright|right|fine|good|great|perfect|sound|brilliant|brill|amazing|awesome|fantastic|fab|fabulous|ace|well|oh|ah)$/;

/** The whole message is a friendly remark, not an answer to the question. */
export function isSmallTalk(text: string): boolean {
  const t = normaliseMessage(text);
  if (!t || t.split(' ').length > 10) return false;
  // A lone "yes", "ok" or "great" is each question's own business (a yes, or a word to ask about).
  if (BARE_REPLY.test(t)) return false;
  return SMALL_TALK.test(t);
}
