import { normaliseReply } from './polarity';

/*
 * At the short read-back, the part of the plan the person asks to see in full: "hopes", "show me
 * the goals", "what is hard", "can i see it all", "list all" (as the list hint says). A request to change a part ("change the goals")
 * is not a request to see it.
 */

export type ReviewPartAsked = 'aboutMe' | 'hopes' | 'needs' | 'outcomes' | 'all';

const LEAD = /^(?:(?:can|could|may) (?:i|we|you) |please |pls |let me |i want to |i wanna |id like to )?(?:(?:see|show|list|read|view|look at|open|check|go to|what are|what is in|whats in)(?: me| us)? )?(?:the |my |our |his |her |their |all the |all my |all )?/;
const TAIL = /(?: (?:part|bit|section|ones|in full|in detail|full|again|please|pls|plz|bits))*$/;

const PARTS: readonly (readonly [ReviewPartAsked, RegExp])[] = [
  ['aboutMe', /^(?:about (?:me|him|her|them)|strengths|what people like(?: about (?:me|him|her))?|good things(?: about (?:me|him|her))?|what matters(?: to (?:me|him|her))?)$/],
  ['hopes', /^(?:hopes?|dreams?|hopes and dreams|aspirations?|wishes)$/],
  ['needs', /^(?:what (?:makes|make) (?:things|it) hard|what is hard|whats hard|what s hard|hard (?:things|stuff|bits)|needs|what i find hard|what (?:he|she) finds hard)$/],
  ['outcomes', /^(?:outcomes?|goals?|targets?)$/],
  ['all', /^(?:all|all of it|of it|everything|every thing|whole (?:thing|plan|draft|lot)|full (?:thing|plan|draft)|it all|the lot|lot)$/],
];

/** The part asked for, or undefined when the message does not ask to see one. */
export function readPartAsked(text: string): ReviewPartAsked | undefined {
  const plain = normaliseReply(text).replace(/[.!?]+$/, '').trim();
  if (!plain || plain.split(' ').length > 9) return undefined;
  const core = plain.replace(LEAD, '').replace(TAIL, '').trim();
  for (const [part, re] of PARTS) if (re.test(core)) return part;
  return undefined;
}
