import { normaliseMessage } from './text';

/*
 * A parent asks where help goes in the plan: "where do i put that we need physio?", "is the physio a hope or
 * what?", "can i ask for direct payment in this plan?". Therapy, equipment and hours are help (provision), kept
 * with an outcome; direct payments are a way to get social care help. The whole message is the question: an
 * answer that only names physio ("he has physio on monday") is an answer.
 */

export type HelpAsked = { kind: 'therapy' } | { kind: 'directPayment' };

const THERAPY =
  '(?:(?:the\\s+|his\\s+|her\\s+|their\\s+|more\\s+)?(?:physio(?:therapy)?|pt|ot|occupational\\s+therapy|speech(?:\\s+and\\s+language)?\\s+therapy|salt|speech\\s+therapist|therapy|hydrotherapy|a\\s+hoist|hoist|equipment|a\\s+wheelchair|wheelchair|a\\s+walker|walker|a\\s+frame|frame|1\\s*(?:to|2|:)\\s*1|one\\s+to\\s+one|a\\s+ta|ta\\s+support|transport|respite))';
const OPEN = '^(?:(?:ok|okay|so|and|but|sorry|um+|erm|also|wait|question)\\s+)*';
const THERAPY_ASKED = [
  // "where do i put that we need physio?", "where does the OT go", "where can i write about his hoist"
  new RegExp(`${OPEN}where\\s+(?:do|can|should|shall|would)\\s+(?:i|we)\\s+(?:put|write|say|add|ask\\s+for|mention)\\s+(?:that\\s+(?:we|he|she|they)\\s+(?:need|needs|have|has|get|gets)\\s+|about\\s+)?${THERAPY}(?:\\s+(?:then|please|in\\s+(?:this|the)\\s+plan))?$`),
  new RegExp(`${OPEN}where\\s+(?:does|do|will|should)\\s+${THERAPY}\\s+(?:go|fit|come\\s+in)(?:\\s+(?:then|in\\s+(?:this|the)\\s+plan))?$`),
  // "is the physio a hope or what?", "is physio a need or a help", "is OT a hope"
  new RegExp(`${OPEN}(?:is|are)\\s+${THERAPY}\\s+(?:a\\s+)?(?:hope|dream|need|goal|outcome|step)(?:\\s+or\\s+(?:what|a\\s+\\w+|\\w+))?$`),
  // "can we put speech therapy in the plan?" is a yes-or-no question about the plan, answered by its own reader (planQuestions).
];
const DIRECT_PAYMENT = '(?:a\\s+)?(?:direct\\s+payments?|personal\\s+budget)';
const DIRECT_PAYMENT_ASKED = [
  new RegExp(`${OPEN}(?:can|could|do|may)\\s+(?:i|we)\\s+(?:ask\\s+for|get|have|put|apply\\s+for|request)\\s+${DIRECT_PAYMENT}(?:\\s+(?:in|through|with|for)\\s+(?:this|the)\\s+(?:plan|chat|form))?(?:\\s+(?:too|as\\s+well|here))?$`),
  new RegExp(`${OPEN}(?:what\\s+about|how\\s+(?:do|can)\\s+(?:i|we)\\s+get|where\\s+do\\s+(?:i|we)\\s+(?:put|ask\\s+for))\\s+${DIRECT_PAYMENT}(?:\\s+(?:then|in\\s+(?:this|the)\\s+plan))?$`),
  new RegExp(`${OPEN}(?:is|are)\\s+${DIRECT_PAYMENT}\\s+(?:part\\s+of|in)\\s+(?:this|the)\\s+plan$`),
];

/** What the message asks about help in the plan, or undefined when it is anything else. */
export function readHelpAsked(text: string): HelpAsked | undefined {
  if (text.length > 160) return undefined;
  const said = normaliseMessage(text);
  if (DIRECT_PAYMENT_ASKED.some((re) => re.test(said))) return { kind: 'directPayment' };
  return THERAPY_ASKED.some((re) => re.test(said)) ? { kind: 'therapy' } : undefined;
}
