/*
 * "my hopes are really simple, to be happy": words that only say what the hopes are like come
 * before the hope itself. They are no hope of their own, so the hope is read without them.
 */

/** "my hopes are really simple,", "our dream is easy:", "his wishes are not big -". */
const ANNOUNCED =
  /^\W*(?:(?:well|honestly|ok|okay|so)[\s,]+)*(?:my|our|his|her|their)\s+(?:hopes?|dreams?|wish(?:es)?|goals?)\s+(?:is|are|'re|'s|s)\s+(?:really\s+|very\s+|quite\s+|pretty\s+|just\s+|actually\s+)?(?:simple|easy|basic|small|not\s+(?:much|big|complicated|a\s+lot))(?:\s+(?:really|tbh|honestly|to\s+be\s+honest))?\s*[,:;.!-]+\s*(?:(?:just|really|simply|it'?s|its)\s+)*/i;

/** The message without words that only announce its hopes; the message as typed when nothing follows them. */
export function withoutAnnouncement(text: string): string {
  const m = ANNOUNCED.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length).trim();
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}
