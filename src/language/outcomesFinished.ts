import { normaliseMessage } from './text';
import { tidyTextSpeak } from './textSpeak';

/*
 * At "another outcome?" and "which hope next?", "finish", "no. I don't want any more outcomes.
 * finish" or "that's all, let's move on" says the person wants to stop making outcomes. Every part
 * of the message must say so: "finish school" or "no, but ..." is something else.
 */

/** Parts that only soften or agree: "no", "ok", "thanks". */
// "wat? i want 2 finish": a puzzled "what?" before it only asks what the question meant.
const SOFT = /^(?:no|nah|nope|no thanks|no thank you|ok|okay|right|so|well|yes|yeah|please|pls|thanks|thank you|ta|sorry|um+|erm|i think|actually|wat|wot|what|huh|eh|hm+)$/;

const MORE = String.raw`(?:any\s+)?(?:more|another|other|else|extra)(?:\s+(?:outcomes?|goals?|ones?|things?|steps?))?`;
const WHEN = String.raw`(?:\s+(?:now|please|pls|here|then|thanks|thank you|for now|for today|with (?:this|these|them|the outcomes?|outcomes?|goals?)))*`;

/** "i think we have enough", "ok im done": the lead-in before the part itself. */
const LEAD = /^(?:(?:i think|i guess|i reckon|maybe|ok|okay|yeah|yes|so|well|right|no(?! more\b)|nah|um+|erm|actually)\s+)+(?=\S)/;

/** Parts that say the outcomes are done. */
const DONE = [
  new RegExp(String.raw`^(?:(?:lets|let us|can we|could we|can i|could i|i want to|i wanna|i would like to|id like to|we can|we could|time to|i will|ill|we will|just)\s+)?(?:finish|finish up|finish off|finish it|finish this|stop here|stop now|stop adding|end it|end here|be done|move on|wrap up|wrap it up|go to the end|see the end)${WHEN}$`),
  new RegExp(String.raw`^(?:finished|done|all done|im done|i am done|were done|we are done|im finished|i am finished|were finished|we are finished|thats all|that is all|thats it|that is it|thats enough|that is enough|enough|thats everything|none|nothing else|nothing more)${WHEN}$`),
  // "looks good", "all good", "thats fine", "sorted": content with what there is, so no more.
  new RegExp(String.raw`^(?:(?:it|that|this|all|everything)\s+)?(?:looks|looking|seems)\s+(?:good|fine|ok|okay|great|alright|right)${WHEN}$`),
  new RegExp(String.raw`^(?:all|its all|thats all|im|i am|were|we are|its|it is|thats|that is)\s+(?:good|fine|ok|okay|sorted|alright|grand)${WHEN}$`),
  new RegExp(String.raw`^(?:(?:all|its|it is|thats|that is|were|we are|im|i am)\s+)?sorted${WHEN}$`),
  new RegExp(String.raw`^no\s+${MORE}${WHEN}$`),
  new RegExp(String.raw`^(?:i|we)\s+(?:dont|do not|dont really|do not really)\s+(?:want|need|wanna)\s+(?:to\s+(?:add|make|do|write|have)\s+)?${MORE}${WHEN}$`),
  new RegExp(String.raw`^(?:i|we)\s+(?:have|got|ve got|have got)\s+enough(?:\s+(?:outcomes?|goals?))?${WHEN}$`),
];

/** True when every part of the message says the outcomes are done, and at least one says more than "no". */
export function saysOutcomesFinished(text: string): boolean {
  const parts = text
    .split(/[.!?,;:\n]+|\s+(?:and|so|but)\s+/i)
    // "i want 2 finish": text-speak read as meant ("want to finish").
    .map((p) => normaliseMessage(tidyTextSpeak(p)).replace(LEAD, ''))
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  let done = false;
  for (const part of parts) {
    if (DONE.some((r) => r.test(part))) done = true;
    else if (!SOFT.test(part)) return false;
  }
  return done;
}
