/*
 * "or both", "both", "both of them", "yeah both": after two ideas were offered, the answer takes both.
 * Said on its own, it names nothing of its own, so it is never kept as words.
 */

const LEAD = String.raw`(?:(?:or|yeah|yea|yes|yeh|ye|yh|yep|ok|okay|um+|erm|hmm+|maybe|prob|probably|i\s+think|i'?d\s+say|id\s+say|i\s+guess|i\s+want|i'?d\s+like|id\s+like|i\s+need|honestly|tbh)[\s,.!]+)*`;
const BOTH = String.raw`(?:both|bofe|boff|both\s+of\s+(?:them|those|em|'em|these)|the\s+both\s+of\s+them|the\s+two\s+of\s+them|both\s+ideas|both\s+things)`;
const TAIL = String.raw`(?:[\s,.!]+(?:really|tbh|please|pls|plz|thanks|would\s+help|would\s+be\s+good|i\s+think|lol|probably|prob|tho|maybe|i\s+guess))*`;
const MEANS_BOTH = new RegExp(String.raw`^${LEAD}${BOTH}${TAIL}[\s.!?]*$`, 'i');

/** The message only says "both" (of the ideas just offered). */
export function meansBoth(text: string): boolean {
  return MEANS_BOTH.test(text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' '));
}

/** The ideas quoted in a sentence the bot said ("\"a quiet room\" or \"a time-out card\""), in order. */
export function quotedIdeas(said: string): string[] {
  return [...said.matchAll(/["\u201C]([^"\u201D]+)["\u201D]/g)].map((m) => m[1]!.trim()).filter(Boolean);
}
