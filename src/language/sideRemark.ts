import { withoutJokes } from './jokeMarks';
import { complaintSentence, questionSentence } from './aside';
import { trimEndOf } from './asideTail';
import { normaliseMessage, sentencesWithMarksOf } from './text';
import { saysNotForThePlan } from './notForThePlan';

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

/** "good question tbh", "hmm tough one", "lol": said of the question before the answer, never part of it. */
const ABOUT_THE_QUESTION = new RegExp(
  `^(?:(?:hmm+|um+|erm+|oh|ooh|ok|okay|so|well)\\s+)*(?:(?:good|great|fair|nice|hard|tough|tricky|interesting|big|deep)\\s+(?:question|one|q)|${STRESS})(?:\\s+(?:${STRESS}|tho|though|that|there|ok|okay|so))*$`,
);

/** A sentence said after the answer that is a remark, never the answer. */
export function isSideRemark(sentence: string): boolean {
  const said = normaliseMessage(sentence);
  if (!said) return false;
  if (ONLY_STRESS.test(said)) return true;
  if (FLAGGED_AT_END.test(said) || (FLAGGED_AT_START.test(said) && !MORE_ANSWER.test(said))) return true;
  if (REPORTED.test(said) && VERDICT.test(said)) return true;
  // "my knees are bad, but thats not for this": a sentence that sets itself aside.
  return saysNotForThePlan(said);
}

/** What a message holds beside the answer: the answer's own sentences, and whether a complaint about the chat was left out. */
export interface AnswerBesideRemarks {
  answer: string;
  complaint: boolean;
}

/** The answer without remarks or complaints said after it. */
export function answerBesideRemarks(typed: string): AnswerBesideRemarks {
  // "play for arsenal. jk. do music tech": the joke goes with its mark, never kept as the answer.
  const text = withoutJokes(typed);
  const sentences = sentencesWithMarksOf(text);
  if (sentences.length === 0) return { answer: text, complaint: false };
  let complaint = false;
  const kept = sentences.filter((s, i) => {
    // "good question tbh. cook pasta": a first sentence only about the question leads in; the rest is the answer.
    if (i === 0) return sentences.length === 1 || !ABOUT_THE_QUESTION.test(normaliseMessage(s));
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

/** "i look the plan", "i read what you wrote": talk about the plan or the chat, said with the complaint, never an answer. */
const ABOUT_THE_PLAN = /\b(?:the|my|his|her|this|your)\s+(?:plan|draft|chat|summary|list|answers)\b|\bwhat\s+(?:you|u)\s+(?:wrote|put|said|kept)\b/;
const TAKE_BACK_LEAD = /^(?:wait|no|nah|nope|hang on|hold on|oops)\b/;
/** "get a job", "to be a vet": a hope's own words, as they start. */
const A_HOPE_SAID = /^(?:(?:i\s+want\s+|i\s+wanna\s+)?(?:to\s+)?(?:get|be|become|have|go|work|live|own|buy|pass|move|travel|start)\s)/;
const HARD_WORDS = /\b(?:hard|cant|cannot|struggle|struggles|scared|worried|anxious|panic|panicky|nervous|difficult|tricky|without)\b/;
/** Words that only lead into the answer after a complaint: "ugh", "ok", "fine", "stop", "seriously". */
const LEAD_IN = /^(?:(?:ugh+|urgh+|ok|okay|fine|well|so|anyway|um+|erm+|but|stop|stop it|seriously|honestly|omg|come on|enough|jeez|whatever|wtf)\b[\s,.!]*)+/i;

/** "I said I want him to walk to the shop" after a complaint: what they said before, said again; the words after "I said" are the answer. */
const SAID_LEAD = /^i\s+(?:said|meant|mean|told\s+(?:you|u)|asked\s+for)\s+(?:that\s+)?(?=\S+\s+\S)/i;

/**
 * "No that's not what I asked for, I said ...": a sentence that opens with a complaint in a clause of
 * its own, cut there, so the words after the comma can be the answer. Other sentences stay whole.
 */
function clausesAfterComplaint(sentence: string): string[] {
  const comma = sentence.indexOf(',');
  if (comma < 0 || !complaintSentence(sentence)) return [sentence];
  const head = sentence.slice(0, comma + 1);
  const tail = sentence.slice(comma + 1).trim();
  return tail && complaintSentence(head) && !complaintSentence(tail) ? [head, tail] : [sentence];
}

/**
 * "u already asked that. fidget stuff", "i literally just said. the ps5": the answer said beside a
 * complaint about the chat, so it is kept however short it is; null when the message holds none.
 */
export function answerBesideComplaint(text: string, options: { askedWhatIsHard?: boolean } = {}): string | null {
  const sentences = sentencesWithMarksOf(text).flatMap(clausesAfterComplaint);
  if (!sentences.some((s) => complaintSentence(s))) return null;
  const rest = sentences.filter((s) => !complaintSentence(s) && !questionSentence(s) && !isSideRemark(s) && !ABOUT_THE_PLAN.test(normaliseMessage(s)) && normaliseMessage(s) !== '');
  if (rest.length === 0) return null;
  // "wait no the vet one IS hard. i said no to another hope": a take-back, read as one elsewhere.
  if (rest.some((s) => TAKE_BACK_LEAD.test(normaliseMessage(s)))) return null;
  // "i just said. get a job" where what is hard is asked: the hope said again, pointed at, never what is hard.
  if (options.askedWhatIsHard && rest.some((s) => A_HOPE_SAID.test(normaliseMessage(s)) && !HARD_WORDS.test(normaliseMessage(s)))) return null;
  const answer = trimEndOf(rest.join(' ').replace(LEAD_IN, '').replace(SAID_LEAD, ''), /[\s,;:.!-]/);
  return /\p{L}{2,}/u.test(answer) ? answer : null;
}
