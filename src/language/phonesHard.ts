import { normaliseMessage } from './text';

/*
 * Someone who has said phone calls are hard for them ("i cant do phone calls", "phones make me
 * anxious", "text me, dont ring") is offered a line to text before any line to phone when they
 * tell of a worry. Read on what they said about themselves, never on a question about having to
 * ring ("do i have to call them?"), which the follow-up reader answers.
 */

const PHONE = String.raw`(?:phones?|phone\s*calls?|calls|calling|ringing|talking\s+on\s+the\s+phone|speaking\s+on\s+the\s+phone)`;

const PHONES_HARD = new RegExp(
  [
    // "i cant do phone calls", "i hate phones", "i dont like calling people", "i struggle with phone calls"
    String.raw`\b(?:i|i\s+really)\s+(?:cant|cannot|can\s+not|dont|do\s+not|hate|struggle\s+(?:with|on)|avoid|get\s+scared\s+(?:of|on)|panic\s+(?:on|with|about))\s+(?:really\s+)?(?:do\s+|like\s+|use\s+|make\s+|answer\s+|manage\s+|cope\s+with\s+|stand\s+)?${PHONE}\b`,
    // "phone calls are hard for me", "phones make me anxious", "calls stress me out"
    String.raw`\b${PHONE}\s+(?:are|is|r)\s+(?:really\s+|too\s+|so\s+|very\s+)?(?:hard|difficult|scary|a\s+struggle|too\s+much)\b`,
    String.raw`\b${PHONE}\s+(?:make|makes|give|gives|stress)\s+me\b`,
    // "text me, dont ring", "please dont call me", "only text"
    String.raw`\b(?:dont|do\s+not|never|please\s+dont)\s+(?:ring|phone|call)\s+me\b|\b(?:text|message)\s+me\s+(?:instead|not\s+(?:call|ring|phone))\b|\bonly\s+(?:text|texts|message|messages)\b`,
    // "no phone calls"
    String.raw`\bno\s+phone\s*calls\b`,
  ].join('|'),
);

/** Whether any of the things they said tells that phone calls are hard for them. */
export function saysPhonesAreHard(said: readonly string[]): boolean {
  return said.some((text) => PHONES_HARD.test(normaliseMessage(text)));
}
