import { complaintSentence } from './aside';
import { trimEndOf } from './asideTail';
import { normaliseMessage } from './text';

/*
 * A short remark said after the answer, in a sentence of its own: "offer letter from college.
 * obviously", "theory test pass certificate. my birthdays in march btw", "sleep more. my mum says
 * im addicted which is cap", "citymapper when my phones charged. same questions again man". The
 * remark is no part of the measure, hope or help, so it is never kept with it. Only a sentence
 * after the first is read this way: a message that is all remark is read elsewhere.
 */

/** Words said only to stress or shrug: "obviously", "no cap", "just saying", "lol". */
const STRESS =
  '(?:obviously|obvs|obvi|ofc|of course|clearly|duh|innit|no cap|fr|for real|deadass|facts|periodt?|tbh|ngl|lol|lmao|haha\\w*|just saying|jk|just kidding|ikr|idc|whatever|anyway|anyways|ya know|you know|u know)';
const ONLY_STRESS = new RegExp(`^${STRESS}(?:\\s+${STRESS})*(?:\\s+(?:tho|though|man|bro|mate|fam|tbf))*$`);

/** "my birthdays in march btw", "fyi i type slow": an aside flagged as one by "btw" or "fyi". */
const FLAGGED_AT_END = /\s(?:btw|by the way|fyi|just so (?:you|u) know|just saying)$/;
const FLAGGED_AT_START = /^(?:(?:oh|also|and)\s+)?(?:btw|by the way|fyi)\s/;
/** A flagged sentence that says what they want or need is more of the answer: "btw i also want to drive". */
const MORE_ANSWER = /\b(?:want|wanna|need|needs|hope|wish|would like|help|helps|hard|struggle|goal|dream)\b/;

/**
 * "my mum says im addicted which is cap", "teachers think im lazy but thats a lie": what someone
 * else says, with a slang verdict on it. The verdict makes it talk, not the answer.
 */
const REPORTED = /\b(?:says|said|say|thinks|think|reckons|reckon|keeps saying|always says|calls me|tells me)\b/;
const VERDICT =
  /(?:^|\s)(?:which|that|thats|its|but|but thats|but its|and thats|and its)\s+(?:is\s+|s\s+|are\s+)?(?:(?:so|such|total|proper|pure|straight)\s+)?(?:cap|capping|a lie|lies|not true|a joke|rubbish|chatting|chatting rubbish|chatting breeze|nonsense|mad|wrong|false)(?:\s+(?:tbh|ngl|lol|fr|man|bro))*$/;

/** A sentence said after the answer that is a remark, never the answer. */
export function isSideRemark(sentence: string): boolean {
  const said = normaliseMessage(sentence);
  if (!said) return false;
  if (ONLY_STRESS.test(said)) return true;
  if (FLAGGED_AT_END.test(said) || (FLAGGED_AT_START.test(said) && !MORE_ANSWER.test(said))) return true;
  if (REPORTED.test(said) && VERDICT.test(said)) return true;
  return false;
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?…\n]+[.!?…\n]*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/** What a message holds beside the answer: the answer's own sentences, and whether a complaint about the chat was left out. */
export interface AnswerBesideRemarks {
  answer: string;
  complaint: boolean;
}

/** The answer without remarks or complaints said after it. */
export function answerBesideRemarks(text: string): AnswerBesideRemarks {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return { answer: text, complaint: false };
  let complaint = false;
  const kept = sentences.filter((s, i) => {
    if (i === 0) return true;
    if (complaintSentence(s)) {
      complaint = true;
      return false;
    }
    return !isSideRemark(s);
  });
  return { answer: kept.length === sentences.length ? text : trimEndOf(kept.join(' ')), complaint };
}

/** The answer without remarks said after it; the text as typed when there are none. */
export function withoutSideRemarks(text: string): string {
  return answerBesideRemarks(text).answer;
}
