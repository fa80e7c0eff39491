import { normaliseMessage, sentencesOf } from './text';

/*
 * "wats adult socal care", "what is social care", "who are adult social care?", "what does adult social care do":
 * asked after the chat named the council's adult social care team as help. A short true answer is due (the part of
 * the council that helps adults stay safe and get support), never an answer kept in the plan. Typos as typed.
 * A fear ("will social care take me away") is not this question: who sees the note answers that.
 */

/** "social care", "socal care", "soshal care", "adult social care". */
const SOCIAL_CARE = String.raw`(?:adult\s+|adults\s+)?(?:social|socal|socail|soshal|sosial|socila|sochal)\s+(?:care|car|cair)(?:\s+(?:team|people|service|services|thing|lot))?`;
const WHAT_IS = new RegExp(
  String.raw`^(?:(?:and|so|but|ok|okay|um|erm|sorry)\s+)?(?:what|wat|wot|wht|whats|wats|wots|who|whos|hu)\s*(?:is|s|are|r|even\s+is|exactly\s+is|do\s+you\s+mean\s+by|u\s+mean\s+by|does)?\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|ur\s+|your\s+|my\s+)?${SOCIAL_CARE}(?:\s+(?:do|mean|then|again|even|tho|though|exactly|please|pls))*$|^(?:what|wat|wot)\s+(?:does|do|will|would|can)\s+(?:the\s+)?${SOCIAL_CARE}\s+do(?:\s+for\s+me)?$|^${SOCIAL_CARE}\s+(?:what|wat|wot)$`,
);

/** Whether a sentence of the message asks what adult social care is. */
export function asksWhatSocialCareIs(text: string): boolean {
  if (text.length > 200) return false;
  return sentencesOf(text)
    .map((s) => normaliseMessage(s).replace(/['’]/g, ''))
    .some((s) => WHAT_IS.test(s) || (/\?\s*$/.test(text) && new RegExp(String.raw`^${SOCIAL_CARE}$`).test(s)));
}
