import { normaliseMessage } from './text';

/*
 * "dont want to answer that", "i'd rather not say": the question turned down, not the hope, and no
 * step said. The whole message, anchored at both ends, of everyday words only.
 */

const REFUSED =
  /^(?:(?:no|nah|nope|um+|erm|hmm+|sorry|ok|okay|well|just|honestly|tbh|sry)\s+)*(?:i\s+)?(?:(?:dont|do\s+not|wont|will\s+not|really\s+dont|just\s+dont)\s+(?:really\s+)?(?:want\s+to|wanna|wish\s+to|feel\s+like)|(?:id|i\s+would|i\s+d)\s+(?:rather|prefer)\s+not(?:\s+to)?|not\s+(?:gonna|going\s+to)|(?:cba|cant\s+be\s+bothered)(?:\s+to)?|rather\s+not)\s+(?:answer(?:ing)?|say(?:ing)?|do(?:ing)?|talk(?:ing)?\s+about)(?:\s+(?:that|this|it|that\s+one|this\s+one|that\s+question|this\s+question|right\s+now|now|rn|atm|tbh|sorry|thanks|thx|tho|though))*$/;

/** Whether the whole message turns down the question itself ("dont want to answer that"). */
export function refusesToAnswer(text: string): boolean {
  const said = normaliseMessage(text);
  return said.split(/\s+/).length <= 14 && REFUSED.test(said);
}
