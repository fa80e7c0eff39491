import { readOnce } from './recentReadings';
import { sentencePiecesOf } from './text';
import { talksAboutAnEarlierAnswer } from './noWithInstruction';
import { plainSpeak } from './plainSpeak';
import { hasNegation, normaliseReply, readPolarity } from './polarity';
import { wordingRequestIn, type WordingRequest } from './wordingRequest';
import { missingAfterYes } from './missingPart';
import { complainsAfterYes } from './complaintAfterYes';
import { readYesNo, type YesNoAnswer } from './yesNoAnswer';

/*
 * Answers at a read-back and at the end: the outcome read back is right or needs new words, the
 * whole draft looks good or needs a change, share it now, look again or finish.
 */

export type ConfirmAnswer = { answer: 'yes'; wording?: WordingRequest } | { answer: 'change'; content?: string };

/** "That's wrong", "change it", "not quite": the read-back needs changing. */
const CHANGE = /\b(?:change|chang|changed|changing|reword|rewrite|re write|edit|fix|different|differently|wrong|rong|worng|mistake|incorrect|not right|not quite|isnt right|is not right|not correct|dont like|do not like|not what i|alter|amend|tweak|redo|nearly|(?:doesnt|does not|dont|do not) (?:sound|look|read|seem) (?:right|good|ok|okay|correct))\b/;
/** Where new words start: "change it to: ...", "it should say ...". */
const NEW_WORDS = /(?:\b(?:change (?:it |that |this )?to|change it so (?:it says)?|it should (?:say|be)|should say|make it say|i want it to say)|^(?:(?:just|can you|please)\s+)?put|\binstead(?!\s+of\b)|\brather(?!\s+than\b))\s*:?\s*(.+)$/i;
/** A statement of their own: "By July 2027 I will ...", "I will ...", "Leo will ...". */
const OWN_STATEMENT = /^(?:by\s+\w+|in\s+\w+|before\s+\w+|within\s+\w+|i will|i'?ll|\p{Lu}\p{Ll}+ will)\b/iu;

/** "put the date back", "the or none bit was for the last question": talk about the answers, never new wording. */
const ABOUT_THE_ANSWERS = /^(?:the|that|my|his|her|its)\s+(?:\w+\s+){0,2}\w+\s+back$/;

/** Change, with the new wording only when what they typed is wording and not talk about an answer. */
function changeTo(content: string): ConfirmAnswer {
  const about = talksAboutAnEarlierAnswer(content) || ABOUT_THE_ANSWERS.test(normaliseReply(content, false));
  return about ? { answer: 'change' } : { answer: 'change', content };
}

const I_DO_SOMETHING = /^i (?:do|did) (?!not\b|think\b|agree\b|yes\b|thanks?\b|like it\b|love it\b|mean\b|really\b|so\b|too\b|now\b|yeah\b)[a-z]+(?: [a-z0-9]+){2,}$/;

/** Yes (the outcome read back is right), or change, with the new wording when they typed it. */
export const readConfirm = readOnce(readConfirmAfresh);
function readConfirmAfresh(text: string): ConfirmAnswer | undefined {
  const answer = readConfirmFirst(text);
  return answer?.answer === 'change' && answer.content ? changeTo(answer.content) : answer;
}

function readConfirmFirst(text: string): ConfirmAnswer | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  // "yes but use my words", "yes. and put normal words back on": a yes with a request about the words.
  const said = readPolarity(trimmed);
  // "ok yeah. but wheres the theory test bit gone": a part said to be missing is no yes.
  if (missingAfterYes(trimmed) !== undefined) return { answer: 'change' };
  const wording = said.answer === 'yes' && said.rest ? wordingRequestIn(said.rest) : undefined;
  if (wording) return { answer: 'yes', wording };
  // "i will use my card ... instead of walking out": a whole sentence of their own is the new wording.
  if (/^i\s*(?:will|'?ll)\b/i.test(trimmed) && trimmed.split(/\s+/).length >= 4 && !CHANGE.test(normaliseReply(trimmed))) return { answer: 'change', content: trimmed };
  // "no thats wrong. i will pass maths with a grade 4", "i just did. i will ...": the sentence after the lead-in is the wording.
  const sentences = sentencePiecesOf(trimmed);
  // "She will say 50 words. She will use them at home.": their words from the first sentence on, never only the later ones.
  const own = sentences.findIndex((s) => OWN_STATEMENT.test(s.trim()) && s.trim().split(/\s+/).length >= 4 && !CHANGE.test(normaliseReply(s)));
  if (own > 0 || (own === 0 && sentences.length > 1 && /\bwill\b|'ll\b/i.test(sentences[0]!))) return { answer: 'change', content: sentences.slice(own).join('').trim() };
  const explicit = NEW_WORDS.exec(trimmed);
  if (explicit && explicit[1] && explicit[1].trim().split(/\s+/).length >= 3) return { answer: 'change', content: explicit[1].trim() };
  const plain = normaliseReply(trimmed);
  // "i do a placement for 6 weeks and get a good report": "i do" leads a sentence of their own, never a yes.
  if (I_DO_SOMETHING.test(plain)) return { answer: 'change', content: trimmed };
  // "that's it", "that's the one": the read-back is it (elsewhere "that's it" means "no more").
  if (/^(?:yes |yeah |yep )?(?:thats|that is|its|it is) (?:it|the one)(?: thanks| thank you| exactly)?$/.test(plain)) return { answer: 'yes' };
  const { answer, rest } = readPolarity(trimmed);
  // "yeah but it says both by, thats weird": the yes only leads in to a complaint about the words.
  if (answer === 'yes' && !CHANGE.test(normaliseReply(rest)) && !hasNegation(rest) && !complainsAfterYes(rest)) return { answer: 'yes' };
  if (answer === 'no' || CHANGE.test(plain) || (answer === 'yes' && rest)) {
    // "no. By July 2028 I will ..." brings the new words; "No. I will not be going..., so that is not right" explains.
    const after = answer === 'no' ? rest.replace(/^[.,!:;\s-]+/, '') : '';
    if (after && OWN_STATEMENT.test(after) && !CHANGE.test(normaliseReply(after))) return { answer: 'change', content: after };
    return { answer: 'change' };
  }
  if (answer === 'notSure') return undefined;
  if (OWN_STATEMENT.test(trimmed) && trimmed.split(/\s+/).length >= 4) return { answer: 'change', content: trimmed };
  return undefined;
}

/** The read-back of everything: looks good, or change something. */
/** "no", "nah", "no changes", "nope thanks", "nothing thanks": nothing to change, said alone. */
const NOTHING_TO_CHANGE = /^(?:no+|nope|nah+|na|naw|none|nothing|nothin|nuffin|no changes?)(?:\s+(?:changes?|thanks|thank you|ta|thx|cheers|really|not really|nothing|nothin|all good|its? (?:fine|ok|okay|good|all good)|i m (?:good|fine)|im (?:good|fine)|to change|i want to change|lol))*$/;

/**
 * "no", "no changes", "nope thanks" to "What would you like to change?": nothing to change, so it is all
 * right. Only at that question: at "Is this right?" a "no" asks for a change (readSummary).
 */
export function saysNothingToChange(typed: string): boolean {
  return NOTHING_TO_CHANGE.test(normaliseReply(plainSpeak(typed)));
}

export function readSummary(typed: string): 'yes' | 'change' | undefined {
  // "looks gd", "ye looks ok": text-speak read as the words it stands for.
  const text = plainSpeak(typed);
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  const { answer, rest } = readPolarity(text);
  const restPlain = normaliseReply(rest);
  if (answer === 'yes' && !CHANGE.test(restPlain) && !/\b(?:but|except|apart)\b/.test(restPlain)) return 'yes';
  if (answer === 'no' || CHANGE.test(plain) || /\bthe (?:\w+ )?(?:bit|part|one) about\b|\bnot (?:all|everything|quite)\b/.test(plain)) return 'change';
  if (/\b(?:looks?|seems?|reads?|is|its|all|everything|it all)\b.*\b(?:good|right|fine|correct|great|perfect|ok|okay|accurate|lovely)\b/.test(plain) && !hasNegation(plain)) return 'yes';
  if (answer === 'yes') return 'yes';
  return undefined;
}

/** Share the draft with the key worker now: yes, or not yet. */
export function readShare(text: string): YesNoAnswer | undefined {
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  if (/^(?:not|no)\b|\b(?:not yet|not now|not today|not till|not until|wait|later|tomorrow|first|hold (?:off|on)|before (?:anyone|they|she|he|it))\b/.test(plain) && !/^(?:yes|yeah|yep|ok|sure)\b[^.]*$/.test(plain))
    return /^(?:yes|yeah|yep|ok|sure)\b/.test(plain) && !/\b(?:wait|later|first|not yet)\b/.test(plain) ? 'yes' : 'no';
  const answer = readYesNo(text);
  if (answer) return answer;
  if (/\b(?:send|share|show)\b/.test(plain) && !hasNegation(plain)) return 'yes';
  return undefined;
}

export type DoneAnswer = 'look_again' | 'finish';

/** At the end: look at the draft again, or finish. */
export function readDone(text: string): DoneAnswer | undefined {
  const plain = normaliseReply(text.replace(/👋/gu, ' bye '));
  if (!plain) return undefined;
  if (/^(?:again|(?:can|could) (?:i|we) (?:see|look at|read|check) (?:it|my draft|the draft|that)|(?:let me|i want to|i would like to|id like to) (?:see|look at|read|check) (?:it|my draft|the draft|that))\b/.test(plain)) return 'look_again';
  if (/\b(?:again|one more (?:time|look)|another look|re ?read|recheck|once more|have a look|look over)\b/.test(plain) && /\b(?:look|see|read|check|show|view|go over|have|once|another|one more)\b/.test(plain)) return 'look_again';
  if (/\b(?:finish\w*|done|end|close|bye|goodbye|cya|see ya|see you|thats (?:it|all)|that is (?:it|all)|all good|exit|quit|thanks|thank you|thank u|ta)\b/.test(plain)) return 'finish';
  return undefined;
}
