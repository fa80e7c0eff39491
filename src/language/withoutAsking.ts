/*
 * "ugh fine but can it be about the bus thing", "what about swimming?": at "another outcome?" the
 * asking comes before the idea; only the idea is read as the hope or the step.
 */

/** "but what about ...", "can I add ...": the asking, before the idea itself. */
const ASKING = /^(?:(?:but|and|so|well|ok|okay|ugh+|fine|alright|yeah|ye|yes|um+)[\s,]+)*(?:(?:what|how) about|(?:can|could|shall) (?:it|this|that|the next one|we) (?:be|do one|do it|go) (?:about|for|on)|(?:do|make) (?:it|one|the next one) (?:about|for)|about|(?:can|could|may|shall) (?:i|we|you|u) (?:add|have|do|put|try|make)|i(?:'d| would)? (?:want|like|wanna) to (?:add|do|try)|let'?s (?:add|do|try)|maybe|perhaps)\s+/i;

export function withoutAsking(text: string): string {
  return text.replace(ASKING, '').replace(/\?+\s*$/, '').trim() || text.trim();
}
