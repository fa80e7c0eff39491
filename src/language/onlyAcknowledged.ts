/*
 * "ok", "okay.", "k", "alright": the person has read the question and says so, but has not answered
 * it. At an open question this is never a "yes, I have one": it is asked again kindly, with an example.
 */
const ACK = /^(?:ok+(?:ay|ey|i)?|k+|kay|alright|aight|right|sure|cool|ok(?:ay)?\s+(?:then|cool|sure)|fine)[\s.!]*$/i;

/** Whether a message only acknowledges the question ("ok", "alright"), without answering it. */
export function onlyAcknowledges(text: string): boolean {
  return ACK.test(text.trim());
}
