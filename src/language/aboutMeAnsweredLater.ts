import { aboutMeSectionNamed, type AboutMeSection } from './aboutMeSectionNamed';
import { readQuestionAsked } from './questionAsked';

/*
 * "Wait, I did not answer yet what helps. What helps is: show her pictures. Speak short and slow":
 * at a later question, the person says an about-me question went unanswered and answers it now.
 * The whole message must have that shape (the not-yet-answered lead, then the answer), so a hope
 * that only mentions "what helps" stays a hope.
 */

const LEAD = String.raw`^(?:(?:wait|sorry|but|oh|ok|okay|no|hmm+|um+|hang on)[\s,.!]+)*`;
const NOT_YET = String.raw`(?:i|we)\s+(?:did\s*not|didnt|didn't|have\s*not|havent|haven't|never)\s+(?:yet\s+)?(?:answer(?:ed)?|say|said|told\s+you)\s+(?:yet\s+)?(?:to\s+)?(?:the\s+question\s+)?(?:about\s+)?`;
const ASKED = new RegExp(`${LEAD}${NOT_YET}(.{3,40}?)(?:\\s+question)?(?:\\s+yet)?\\s*[.!:;]+\\s*(.+)$`, 'iu');

/** The question as people name it in their own words. */
const PARTS: ReadonlyArray<readonly [AboutMeSection, RegExp]> = [
  ['support', /^(?:what\s+(?:helps|works)(?:\s+(?:for\s+)?(?:me|him|her|them|[\p{L}'-]{2,20}))?|the\s+(?:help|support)(?:\s+one)?)$/iu],
  ['strengths', /^(?:(?:the\s+)?strengths?(?:\s+one)?|what\s+(?:people|others)\s+(?:like|admire)(?:\s+about\s+\S+)?)$/iu],
  ['important', /^(?:what\s+(?:is|s)\s+important(?:\s+to\s+\S+)?|the\s+important(?:\s+one)?)$/iu],
];

/** "What helps is:", "Here it is:": the lead of the answer, never part of it. */
const ANSWER_LEAD = /^(?:(?:what\s+(?:helps|works)(?:\s+(?:for\s+)?\S+)?|the\s+answer|it|my\s+answer|here\s+it)\s+(?:is|are)\s*[:\-]?\s*|(?:answer|here)\s*:\s*)/iu;

/** The about-me question answered now and its answer, or null. */
export function readAboutMeAnsweredLater(text: string): { section: AboutMeSection; text: string } | null {
  if (text.length > 600) return null;
  const said = ASKED.exec(text.trim().replace(/[\u2018\u2019`]/g, "'"));
  if (!said) return null;
  const named = said[1]!.trim();
  const section = PARTS.find(([, re]) => re.test(named))?.[0] ?? aboutMeSectionNamed(named);
  const answer = said[2]!.replace(ANSWER_LEAD, '').trim();
  if (!section || answer.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) return null;
  // "I didn't answer what helps. What does it mean?": still asking, nothing to keep.
  if (/\?\s*$/.test(answer) || readQuestionAsked(answer)) return null;
  return { section, text: answer };
}

/** An answer kept by mistake that only asks about the question: "what works? Sorry I am not sure I understand the question". */
export function onlyAsksAboutQuestion(kept: string): boolean {
  const sentences = kept.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => /\?$/.test(s) || readQuestionAsked(s) !== null);
}
