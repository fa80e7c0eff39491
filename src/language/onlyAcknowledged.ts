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
