import { asksToAddHope } from './hopeAddedLater';

/*
 * "my hopes are really simple, to be happy": words that only say what the hopes are like come
 * before the hope itself. They are no hope of their own, so the hope is read without them. So are
 * sentences that ask to add a hope before it is said: "Before I answer that, I want to add a hope
 * that you lost. My hope is ...".
 */

/** "My hope is", "My other hope is", "My new dream is": the hope itself begins here. */
const HOPE_SAID = /^(?:my|our|his|her|their)\s+(?:other\s+|new\s+|missing\s+|last\s+|lost\s+|extra\s+)?(?:hope|dream|wish)\s+(?:is|was)\b/i;

/** "my hopes are really simple,", "our dream is easy:", "his wishes are not big -". */
const ANNOUNCED =
  /^\W*(?:(?:well|honestly|ok|okay|so)[\s,]+)*(?:my|our|his|her|their)\s+(?:hopes?|dreams?|wish(?:es)?|goals?)\s+(?:is|are|'re|'s|s)\s+(?:really\s+|very\s+|quite\s+|pretty\s+|just\s+|actually\s+)?(?:simple|easy|basic|small|not\s+(?:much|big|complicated|a\s+lot))(?:\s+(?:really|tbh|honestly|to\s+be\s+honest))?\s*[,:;.!-]+\s*(?:(?:just|really|simply|it'?s|its)\s+)*/i;

/** The message without words that only announce its hopes; the message as typed when nothing follows them. */
export function withoutAnnouncement(text: string): string {
  const asked = withoutAskToAdd(text);
  if (asked !== text) return asked;
  const m = ANNOUNCED.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length).trim();
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}

/** The message from "My hope is" on, when every sentence before it only asks to add a hope. */
function withoutAskToAdd(text: string): string {
  const sentences = text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [];
  const at = sentences.findIndex((s) => HOPE_SAID.test(s.trim()));
  if (at < 1 || !sentences.slice(0, at).every((s) => asksToAddHope(s, false))) return text;
  return sentences.slice(at).join('').trim();
}
