import { normaliseMessage } from './text';

/*
 * "what did i say?", "wait what did i just say", "what was my answer": the person asks for their
 * last answer, not the whole draft ("what have i said so far" still shows the draft).
 */

const LEAD = String.raw`^(?:(?:wait|sorry|um+|erm+|hang\s+on|hold\s+on|oh|so|ok|okay)[\s,.!]+)*`;
const ASKS_LAST = new RegExp(
  `${LEAD}(?:what\\s+(?:did|do)\\s+i\\s+(?:just\\s+|last\\s+)?(?:say|said|put|write|wrote|type|typed|answer)|what\\s+was\\s+my\\s+(?:last\\s+)?(?:answer|message)|what\\s+(?:did|was)\\s+i\\s+(?:just\\s+)?(?:answer|saying))(?:\\s+(?:again|then|there|before|for\\s+(?:that|this)(?:\\s+one)?|just\\s+now|last|to\\s+(?:that|this)))*\\s*[?!.]*$`,
);

/** Whether the whole message asks what their last answer was. */
export function asksLastAnswer(text: string): boolean {
  return ASKS_LAST.test(normaliseMessage(text).trim());
}
