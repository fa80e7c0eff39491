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
  // "x", "xx": a kiss, sent alone as a friendly sign-off.
  'x{1,3}',
];
const SMALL_TALK = new RegExp(`^(?:${OPENERS}\\s+)*(?:${REMARKS.join('|')})(?:\\s+(?:${OPENERS}|${REMARKS[0]}|x{1,3}))*$`);

const BARE_REPLY = /^(?:yes|yeah|ok|okay|k|kk|alright|right|fine|good|great|perfect|sound|brilliant|brill|amazing|awesome|fantastic|fab|fabulous|ace|well|oh|ah)$/;

/** The whole message is a friendly remark, not an answer to the question. */
export function isSmallTalk(text: string): boolean {
  const t = normaliseMessage(text);
  if (!t || t.split(' ').length > 10) return false;
  // A lone "yes", "ok" or "great" is each question's own business (a yes, or a word to ask about).
  if (BARE_REPLY.test(t)) return false;
  return SMALL_TALK.test(t);
}

/**
 * The whole message says sorry for one's own talk ("sorry for all my moaning", "soz for going on",
 * "sorry im rambling"): no answer in it, and no apology needed. "sorry, he wants to be a vet" answers.
 */
const OWN_APOLOGY =
  /^(?:(?:oh|oops|um+|and|but|anyway|ok|okay)\s+)*(?:(?:im|i\s+am|i\s+m)\s+)?(?:so\s+|really\s+|very\s+)?(?:sorry|soz|sry|apologies)\s+(?:(?:for|about)\s+)?(?:(?:all|the|my|this|that|its|it\s+s|it\s+is|this\s+is|im|i\s+m|i\s+am|i\s+was|ive\s+been|i\s+have\s+been|being|me|so|such|a|bit|of|too|very|really|going)\s+)*(?:moan\w*|whing\w*|winge\w*|whining|complain\w*|going\s+on|went\s+on|go\s+on|rambl\w*|rant\w*|waffl\w*|venting|vent|essay|long|long\s+message|so\s+much|a\s+lot|negative|emotional|crying|upset|off\s+topic)(?:\s+(?:there|then|again|earlier|before|lol|x+|haha))*$/;

export function isOwnApology(text: string): boolean {
  const t = normaliseMessage(text);
  return t.split(' ').length <= 12 && OWN_APOLOGY.test(t);
}
