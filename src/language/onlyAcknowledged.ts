/*
 * "ok", "okay.", "k", "alright": the person has read the question and says so, but has not answered
 * it. At an open question this is never a "yes, I have one": it is asked again kindly, with an example.
 */
const ACK = /^(?:ok+(?:ay|ey|i)?|k+|kay|alright|aight|right|sure|cool|ok(?:ay)?\s+(?:then|cool|sure)|fine)[\s.!]*$/i;

/** Whether a message only acknowledges the question ("ok", "alright"), without answering it. */
export function onlyAcknowledges(text: string): boolean {
  return ACK.test(text.trim());
}

/*
 * "im fine", "all good thanks", "i'm ok with that" at a question about one part of life: that part is
 * fine as it is, so there is nothing to add for now (not a hope, and not a reason to ask again).
 */
const ALL_FINE =
  /^(?:(?:i'?m|im|i\s+am|am|it'?s|its|all|that'?s|thats|we'?re|were)\s+)?(?:fine|good|ok|okay|alright|grand|sorted|happy(?:\s+as\s+i\s+am)?)(?:\s+(?:thanks|thank\s+you|ta|tbh|really|with\s+that|as\s+it\s+is|as\s+i\s+am|there))*[\s.!]*$/i;

/** Whether a message says this part of life is fine as it is ("im fine", "all good thanks"). */
export function saysAllIsFine(text: string): boolean {
  const trimmed = text.trim();
  return !onlyAcknowledges(trimmed) && ALL_FINE.test(trimmed);
}

/*
 * "fine ill do it again", "ok I'll do it again", "ugh fine. ill try again": a grudging yes to a
 * question asked again. It says they will answer, never what the answer is.
 */
const GRUDGING_LEAD = /^(?:(?:fine|ok+(?:ay|ey)?|k|alright|aight|ugh+|whatever|sigh|yes|yeah|yep|sure|omg|ffs|god|then)[\s,.!…]+)*/;
const AGAIN =
  /^(?:(?:i'?ll|ill|i\s+will|i\s+can|let\s+me|i\s+guess\s+i'?ll|i\s+guess\s+ill|i\s+have\s+to|i'?ll\s+have\s+to|ill\s+have\s+to)\s+)?(?:just\s+)?(?:do|say|type|write|answer|try|go|put)(?:\s+(?:it|that|this|them|one))?\s+(?:again|over|once\s+more|one\s+more\s+time)(?:\s+(?:then|i\s+guess|lol|ffs))*$/;

/** Whether a message only says, grudgingly, that they will answer again ("fine ill do it again"). */
export function saysWillAnswerAgain(text: string): boolean {
  const plain = text.trim().toLowerCase().replace(/[’‘`]/g, "'").replace(/[.!…\s]+$/, '');
  return AGAIN.test(plain.replace(GRUDGING_LEAD, ''));
}

/**
 * "yes he is", "yeah he does", "he is lol", "yes she is": an agreement about the person with no hope in it.
 * At the open hopes question it is asked again kindly, never kept as a hope ("he is").
 */
const AGREES_ABOUT_THEM = /^(?:(?:yes|yeah|yea|yep|yup|ye|yh|ya|ok|okay|defo|definitely)[\s,.!]+)*(?:he|she|they|we|i)\s*(?:is|does|do|are|can|will|has|have|am|did|was|'s|s)(?:[\s,.!]+(?:lol|haha|tho|though|really|yeah|x|defo))*[\s.!]*$/i;

export function onlyAgreesAboutThem(text: string): boolean {
  return AGREES_ABOUT_THEM.test(text.trim().replace(/[\u2018\u2019]/g, "'"));
}
