import { readOnce } from './recentReadings';
import { normaliseReply, readPolarity } from './polarity';
import { asksForAnEarlierQuestion } from './earlierQuestion';
import { asksForAChange } from './requestBeside';
import { normaliseMessage } from './text';
import { pointsAtAnEarlierAnswer } from './answerGoesWith';

/*
 * A "no" that carries an instruction or a correction is never a bare no. "No! Do not take that
 * out. Take out the bit about me being 61." says what to do instead; "no dont add that. i ment
 * change brakes to breaks" is about the answer before. Read here once, for every yes / no question,
 * so each question can act on it or ask what to change. "no. i mean not at school", "no, keep
 * going" and "no, learn to drive" say nothing to the bot about its work: they stay answers.
 * "i said no. i only have 2 hopes. is 2 allowed" is a no with a question: the no still answers,
 * and the question is answered beside it.
 */

export interface NoWithInstruction {
  /** What to do instead, in the person's own words ("Take out the bit about me being 61."); "" when only a correction was said. */
  instruction: string;
  /** A question asked beside the no, which still answers: "enough" is "is 2 allowed?", "how many can i have?". */
  question?: 'enough';
}

/** "do not take that out", "dont add that", "please dont change it": only refuses what was offered. */
const REFUSAL =
  /^(?:please\s+)?(?:dont|do not|dont you|never)\s+(?:take|add|put|keep|write|save|change|remove|delete|do|touch|move)\b(?:\s+(?:that|this|it|them|him|her|those|these))?(?:\s+(?:out|off|away|in|there|one|bit|part))*(?:\s+(?:please|pls|then))*$/;

/** "take out the bit about ...", "take it out?", "take out?": asking for something to be taken out. */
const TAKE_OUT = /^(?:(?:please|pls|just|can you|could you|can u)\s+)*(?:take\s+(?:(?:\S+\s+){0,6})?(?:out|off|away)\b|remove\b|delete\b|get rid of\b|cross out\b|rub out\b|i (?:want|would like|wanna) (?:the|that|this) (?:\S+ ){0,8}?(?:gone|removed|deleted|taken out)\b)/;

/** "i ment change brakes to breaks", "change brakes to breaks", "not brakes i meant", "spelt it wrong". */
const CORRECTION =
  /\bi (?:meant|ment|mean|ment to|meant to) (?:change|put|write|type|spell|say)\b|\bchange \w+ to \w+|\bnot \w+ i (?:meant|ment)\b|\bspelt (?:it|that) wrong\b|\bi (?:meant|ment) (?:the|that|my) (?:\w+ ){0,4}(?:one|bit|part|answer|question)\b/;

/** "the or none bit was for the last question", "that was meant for the other one": about an earlier answer. */
const FOR_AN_EARLIER_QUESTION =
  /\b(?:was|is|were|meant|ment|its|thats)\s+(?:meant\s+|ment\s+)?(?:for|about|to)\s+(?:the\s+|my\s+)?(?:last|other|previous|earlier|first|old|one before|question before)\b(?:\s+(?:question|one|bit|answer|part|step))?/;

/** "dont add that", "do not keep it": about an answer just given, when nothing was offered to refuse. */
const NOT_THAT_ANSWER = /\b(?:dont|do not|didnt|did not) (?:add|put|keep|write|save) (?:that|this|it|them)\b/;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])\s*|\n+/)
    .map((s) => s.trim())
    .filter((s) => normaliseReply(s, false).length > 0);
}

/** True when a sentence tells the bot what to do, or puts an earlier answer right. */
function instructs(sentence: string): boolean {
  const plain = normaliseReply(sentence, false);
  if (REFUSAL.test(plain)) return false;
  return TAKE_OUT.test(plain) || asksForAChange(sentence) || CORRECTION.test(plain) || FOR_AN_EARLIER_QUESTION.test(plain);
}

/** "take out?", "remove it?": a few words asking back about taking out. */
function askedBack(sentence: string): boolean {
  const plain = normaliseReply(sentence, false);
  return /\?\s*$/.test(sentence) && plain.split(' ').length <= 4 && TAKE_OUT.test(plain);
}

/** A no said alone: "no", "i said no", "i told you no thanks". */
const ONLY_NO = /^(?:(?:i\s+(?:already\s+)?said|i\s+say|i\s+told\s+(?:you|u))\s+)?(?:no|nah|nope|no thanks|no thank you)$/;

/** "is 2 allowed", "is that enough", "do i have to do 3", "how many can i have". */
const ENOUGH =
  /^(?:is|are)\s+(?:\d+|one|two|three|that|this|these|those|that many)\s+(?:\w+\s+)?(?:allowed|ok|okay|enough|fine|alright|all right)$|^(?:do|must|should)\s+i\s+(?:have to|need to|need|have|got to)\s+(?:have|do|make|write)\s+(?:more|another|\d+|two|three)\b.*$|^how\s+many\s+(?:do|should|must|can)\s+i\b.*$|^(?:can|could)\s+i\s+(?:just\s+|only\s+)?(?:have|do|make|stop at)\s+(?:\d+|one|two|three)\b.*$/;

/** A reason beside it: "i only have 2 hopes", "that is all my hopes". */
const ENOUGH_REASON = /^(?:i|we|he|she|they)\s+(?:only\s+)?(?:have|has|got|had)\s+(?:only\s+)?(?:\d+|one|two|three)\b.*$|^(?:that|thats|that s|that is|those are)\s+(?:all|it|enough)\b.*$/;

/** "i said no. i only have 2 hopes. is 2 allowed", "no. how many can i have?": a no, and whether that many is enough. */
function asksIfEnough(text: string): boolean {
  if (text.length > 160) return false;
  const sentences = text.split(/[.?!;,\n]+/).map((s) => normaliseMessage(s)).filter(Boolean);
  let no = false;
  let asked = false;
  for (const said of sentences) {
    if (ONLY_NO.test(said)) no = true;
    else if (ENOUGH.test(said)) asked = true;
    else if (!ENOUGH_REASON.test(said)) return false;
  }
  return no && asked;
}

/**
 * "i said no. is 2 allowed": the one reading a reader of "is that enough?" needs, without reading
 * the whole message for an instruction (as readNoWithInstruction does when this is false).
 */
export function asksIfNoIsEnough(text: string): boolean {
  return text.length <= 300 && asksIfEnough(text);
}

/** Leading words that only say no: "No!", "nope,", "no no". */
const LEADING_NO = /^(?:(?:no+|nope|nah|nop|wait|stop|hang on|hold on)\b[\s,.!?]*)+/i;

/**
 * The instruction or correction a "no" carries, or null for a bare no (or no "no" at all). A reply
 * that only asks to take something out ("take out?") carries one too: it is never a yes or a no.
 * A no with a question ("no. is that enough?") carries the question, and is still a no.
 */
export function readNoWithInstruction(text: string): NoWithInstruction | null {
  if (asksIfNoIsEnough(text)) return { instruction: '', question: 'enough' };
  if (text.length > 300) return null;
  const trimmed = text.trim();
  const { answer } = readPolarity(trimmed, { bySound: false });
  const sentences = sentencesOf(trimmed.replace(LEADING_NO, ''));
  if (sentences.length === 0) return null;
  const said = sentences.findIndex(instructs);
  if (said < 0) return null;
  // "take out?" with no "no" before it: a short question back, still never a yes or a no ("remove both of them" is an answer).
  if (answer !== 'no' && !(said === 0 && sentences.length === 1 && askedBack(sentences[0]!))) return null;
  const rest = sentences.slice(said);
  const correction = rest.every((s) => !TAKE_OUT.test(normaliseReply(s, false)) && !asksForAChange(s));
  return { instruction: correction ? '' : rest.join(' ') };
}

/** "delete that", "take it out": about the chat's own words, never a wish about their life. */
const ABOUT_THE_CHAT =
  /^(?:(?:please|pls|just|can you|could you|can u)\s+)*(?:(?:take|delete|remove|cross|rub|get rid of|change|undo|scrap|cancel|wipe|clear)\s+(?:that|this|it|what i (?:said|wrote|put)|my (?:last\s+)?(?:answer|reply|bit)|the (?:last\s+)?(?:bit|part|answer|reply|word|line)s?)(?:\s+(?:out|off|away|please|pls|bit|part|answer))*$|(?:take\s+out|remove|delete|get rid of|change|cross out|rub out)\s+(?:the|that|this)\s+(?:last\s+)?(?:bit|part|answer|reply|line|word)s?\b)/;

/**
 * "no dont add that. i ment change brakes to breaks", "no. delete that. go back to the help question": a
 * reply about an earlier answer, said just as a question about something else came. It answers nothing ("no, i
 * mean not at school" still does). The one reader of this: every question that must not hear such a
 * reply as its answer ("do you feel safe?" above all) asks here.
 */
export const correctsAnEarlierAnswer = readOnce(correctsAnEarlierAnswerAfresh);
function correctsAnEarlierAnswerAfresh(text: string): boolean {
  const plain = normaliseReply(text, false);
  // "no. take me out of that school" is a wish about their life, an answer; only words aimed at the chat's own words are not:
  // "delete that", or an earlier question asked for again ("go back to the help question"). A "no" alone beside the
  // asking ("no. go back to the last question") may still answer: safety first, it is read as said.
  const aboutTheChat = (s: string) => ABOUT_THE_CHAT.test(normaliseReply(s, false)) || asksForAnEarlierQuestion(s);
  if (readNoWithInstruction(text) && sentencesOf(text.trim().replace(LEADING_NO, '')).some(aboutTheChat)) return true;
  return NOT_THAT_ANSWER.test(plain) || CORRECTION.test(plain) || FOR_AN_EARLIER_QUESTION.test(plain) || pointsAtAnEarlierAnswer(text);
}

/** "that was for the last question", "dont add that": about where an answer went, never words for this one. */
export function talksAboutAnEarlierAnswer(text: string): boolean {
  const plain = normaliseReply(text, false);
  return FOR_AN_EARLIER_QUESTION.test(plain) || NOT_THAT_ANSWER.test(plain);
}

/** "Take out the bit about being a chef": the words of the part to take out, or null. */
// "take out the whole thing that says And one day when she is grown up, it is not a difficulty it was a hope":
// the words that name it, without the reason said after them.
const TAKE_OUT_ABOUT =
  /^(?:(?:please|pls|just|can you|could you)\s+)*(?:take\s+out|remove|delete|get\s+rid\s+of)\s+the\s+(?:whole\s+)?(?:bit|part|one|thing)\s+(?:about|that says|saying|with)\s+(.{2,60}?)(?:\s+(?:it is|its|it s|it was|that is|thats|that s)\s+(?:not|a|an|wrong|meant|really)\b.*)?(?:\s+(?:please|pls))?$/;

/** The words naming a part to take out in an instruction ("being a chef"); null when it names none this way. */
export function partToTakeOut(instruction: string): string | null {
  return TAKE_OUT_ABOUT.exec(normaliseReply(instruction, false))?.[1]?.replace(/^(?:me\s+)?being\s+/, '') ?? null;
}

/** "delete it", "take that out", "take that away to" (too), "change it to: ...": about the answer or part just asked about, naming no other. */
const ABOUT_IT =
  /^(?:(?:please|pls|just|can you|could you|can u)\s+)*(?:(?:delete|remove|get rid of|take out|cross out|rub out)\s+(?:it|that|this)|take\s+(?:it|that|this)\s+(?:out|off|away)|(?:change|make)\s+(?:it|that|this)\s+(?:to|into|say)\b.*)(?:\s+(?:please|pls|too|to|as well|aswell))?$/;

/** True when the instruction only acts on the thing just asked about, so the question's own reader owns it. */
export function aboutWhatWasAsked(instruction: string): boolean {
  return ABOUT_IT.test(normaliseReply(instruction, false));
}

/** "can you fix it", "sort that out please": asked to put right what was just kept, saying neither how nor which. */
const FIX_IT = /^(?:(?:please|pls|plz|just|can you|could you|can u|could u)\s+)*(?:fix|sort|correct|redo)\s+(?:it|that|this)(?:\s+out)?(?:\s+(?:please|pls|plz|now))*$/;

export function asksToFixIt(instruction: string): boolean {
  return FIX_IT.test(normaliseReply(instruction, false));
}

/** "no not that, the hope about customers", "no i meant the bus one": the no, then the part that was meant. */
const PART_MEANT = /^(?:(?:not|nt)\s+(?:that|this|it|that one|this one|that 1|this 1|them)|wrong (?:one|bit|part))?[\s,.!-]*(?:i\s+(?:meant|mean|ment)\s+)?((?:the|my)\s+(?!other\b|right\b|first\b|last\b|next\b|one\b)\S.{1,58})$/;

/**
 * The part named after a no ("no not that, the hope about customers"): its words, or undefined when
 * the no carries no part of its own.
 */
export function partMeantAfterNo(text: string): string | undefined {
  if (text.length > 120 || !LEADING_NO.test(text.trim())) return undefined;
  const rest = normaliseReply(text.trim().replace(LEADING_NO, ''), false).replace(/[.!?]+$/, '');
  return PART_MEANT.exec(rest)?.[1]?.trim();
}
