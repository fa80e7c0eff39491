import { onlyLaughter } from './chatter';
import { recogniseCommand } from './commands';
import { hasNegation, normaliseReply, readPolarity } from './polarity';
import { wordingRequestIn, type WordingRequest } from './wordingRequest';

export { NOT_STOPPING, readCarryOn, readFeelSafe, readSafetyCheck, type CarryOnAnswer, type SafeAnswer, type SafetyAnswer } from './safetyAnswers';

/**
 * What a typed reply means at each closed question, by meaning rather than by the buttons' words.
 * Every reader returns undefined when the reply does not answer the question (the dialog then
 * tries a command, or asks again once).
 */

export type ReadingModeAnswer = 'standard' | 'easy_read';
export type YesNoAnswer = 'yes' | 'no';

/** Words that mean a mode, wherever they stand: the first one said wins ("easy read please, not the long one"). */
const EASY_CUES =
  /\b(?:easy|easi\w*|ezy|eezy|eazy|ez|esy|ez+e+|ee+z+y*|easyread|basic|less words|fewer words|not (?:too )?many words|simple|simpler|simplest|simply|plain|short|shorter|little words|small words|pictures?|symbols?|dyslexi\w*|struggles?|not (?:so |very )?good (?:at|with)|hard to read|(?:find|finds) reading (?:hard|difficult|tricky)|reading is (?:hard|difficult|tricky)|cant read|can not read|reads? slowly|learning disabilit\w*)\b/;
const STANDARD_CUES =
  /\b(?:normal|normall?y|nrml|norm|standard|standerd|standed|stnd|standar|regular|usual|proper|full|big words|long words are fine|grown up|adults?|(?:i can |i )read (?:fine|well|ok|okay|very well)|not babyish|first one|first|1st)\b/;
/** "not easy read", "easy read is babyish": a cue turned round. */
const NOT_EASY = /\b(?:not|no|dont want|without|(?:dont|do not|doesnt|does not|no) need(?: for)?)\s+(?:the\s+|an?\s+)?(?:easy|simple)\b|\b(?:easy read|easy|simple)\b[^.]*\b(?:babyish|patronising|childish|too basic|leave out)\b/;
const NOT_STANDARD = /\b(?:not|no|dont want)\s+(?:the\s+)?(?:normal|standard|regular)\b/;

/** Easy read or standard words, from a reply to the first question. */
export function readReadingMode(text: string): ReadingModeAnswer | undefined {
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  if (/^(?:2|two|second|the second(?: one)?|2nd|number 2)$/.test(plain)) return 'easy_read';
  if (/^(?:1|one|the first(?: one)?|number 1)$/.test(plain)) return 'standard';
  // The first letter of a button: "E", "S".
  if (plain === 'e') return 'easy_read';
  if (plain === 's') return 'standard';
  const easy = EASY_CUES.exec(plain);
  const standard = STANDARD_CUES.exec(plain);
  const notEasy = NOT_EASY.test(plain);
  const notStandard = NOT_STANDARD.test(plain);
  if (easy && !notEasy && (!standard || notStandard || easy.index < standard.index)) return 'easy_read';
  if (standard && !notStandard) return 'standard';
  if (notEasy) return 'standard';
  if (notStandard) return 'easy_read';
  // Asking for a register the way one asks anywhere ("eesy read pls") answers the question that offers it.
  const asked = recogniseCommand(text);
  if (asked === 'easyRead') return 'easy_read';
  if (asked === 'standard') return 'standard';
  return undefined;
}

/** Yes or no to a plain yes / no question (consent, the "are you sure?" after start again or delete). */
export function readYesNo(text: string): YesNoAnswer | undefined {
  const { answer } = readPolarity(text);
  if (answer === 'yes' || answer === 'no') return answer;
  return undefined;
}

/** Consent to keep answers: yes, or no ("rather you didn't", "no, don't keep it"). */
export function readConsent(text: string): YesNoAnswer | undefined {
  const answer = readYesNo(text);
  if (answer) return answer;
  const plain = normaliseReply(text);
  if (/\b(?:dont|do not|not) (?:keep|store|save)\b/.test(plain)) return 'no';
  if (/\b(?:you can|can) (?:keep|store|save)\b|\bkeep (?:them|it|my answers)\b/.test(plain)) return 'yes';
  return undefined;
}

/** "Is there another?": yes, no, or yes with the new item in the person's own words. */
export interface MoreAnswer {
  answer: YesNoAnswer;
  content?: string;
}

/** Words that only say "yes, there is one" without giving it: "yeh i got another one", "yep loads". */
const ONLY_MORE = new Set([
  'i', 'ive', 'got', 'have', 'has', 'another', 'one', 'more', 'there', 'is', 'theres', 'are', 'loads', 'lots', 'some', 'a',
  'few', 'couple', 'go', 'on', 'please', 'pls', 'plz', 'yes', 'yeah', 'ok', 'okay', 'thing', 'things', 'idea', 'ideas', 'hope',
  'hopes', 'dream', 'dreams', 'outcome', 'outcomes', 'goal', 'goals', 'add', 'lets', 'let', 'do', 'it', 'sure', 'why', 'not',
  'think', 'so', 'yep', 'ya', 'still', 'too', 'also', 'and', 'then', 'we', 'he', 'she', 'they', 'thanks', 'thank', 'you', 'actually',
  'definitely', 'of', 'course', 'an', 'other', 'does', 'did', 'oh', 'hmm', 'um', 'we', 'yup', 'something', 'else', 'stuff', 'bit', 'now', 'again', 'wait',
  // Agreement and chatter around the yes ("oh ok fine lol", "alright go on then").
  'fine', 'alright', 'lol', 'haha', 'k', 'cool', 'whatever', 'suppose', 'guess', 'might', 'as', 'well', 'yeh', 'ye', 'yea', 'ugh',
]);

function onlySaysMore(rest: string): boolean {
  const words = normaliseReply(rest).split(' ').filter(Boolean);
  return words.every((w) => ONLY_MORE.has(w));
}

/** "one more for toilet", "another one: the toilet": the words saying there is one more, before it. */
const ONE_MORE = /^(?:[-–—:,.]\s*)*(?:(?:one|1|an?\s*other)(?:\s+(?:more|one|thing|outcome|goal|hope)){0,2}|more|(?:one\s+)?more\s+(?:thing|outcome|goal))\b(?:\s+(?:please|pls|plz))?[\s,.:;!-]*(?:(?:for|about|on|with)\s+(?=\S))?/i;

/** A joining word that belongs to neither the yes nor the new item: "yes and ...", "yes, also ...". */
function withoutJoin(rest: string): string {
  const more = ONE_MORE.exec(rest);
  if (more && more[0].trim() && /\p{L}{2}/u.test(rest.slice(more[0].length))) rest = rest.slice(more[0].length);
  return rest.replace(/^(?:[-–—:,.]\s*)*(?:and|plus|also|well|so)\b[\s,]*/i, '').replace(/^[-–—:,.\s]+/, '').trim() || rest;
}

/** The finishing words: "nothing else", "that covers it", "I think that's enough for now". */
/** "i cant think of any more", "all done", "i think were done": nothing more to add. */
const NOTHING_MORE =
  /^(?:(?:no|nah|nope)\s+)?(?:(?:i\s+)?think\s+)?(?:(?:i|we)\s+)?(?:cant|cannot|can not|couldnt) think of (?:any|anything|another|more|one)\b|^(?:(?:no|nah|nope)\s+)?(?:(?:i\s+)?think\s+)?(?:all good|all done|(?:im|i am|were|we are|thats us|that is us) (?:all )?(?:done|finished|good|sorted))\b(?:\s+(?:now|for now|thanks|thank you|here|i think))*$/;
const NO_MORE = /^(?:(?:no|nah|nope)\s+)?(?:(?:i\s+)?think\s+)?(?:thats|that is|that|this|its|it is|ive|i have|weve|we have|there is|theres|nothing|none|no more|not today|not now|not at the moment|not really|all done|im done|were done)\b[^?]*?\b(?:all|it|enough|everything|else|covered|done|finished|more|now|today|moment|really)\b[\s.!]*$/;

/** "he says ...", "she said ...": a parent or supporter passing on the young person's words. */
const REPORTED = /^(?:(?:he|she|they)\s+(?:says|said|thinks|thought|reckons|told me)|(?:hes|shes|theyre)\s+saying)(?:\s+that)?[\s,:]+/i;

export function readMore(text: string): MoreAnswer | undefined {
  const reported = REPORTED.exec(text.trim());
  const trimmed = reported ? text.trim().slice(reported[0].length).trim() : text.trim();
  // "lol", "haha": laughing is neither a yes nor a new item.
  if (!trimmed || onlyLaughter(trimmed)) return undefined;
  const plain = normaliseReply(trimmed);
  if (NO_MORE.test(plain) || NOTHING_MORE.test(plain)) return { answer: 'no' };
  const { answer, rest } = readPolarity(trimmed);
  if (answer === 'no') {
    // "no, but she'd love to swim" still brings a new item.
    const but = /^(?:but|maybe|perhaps|possibly)\b[\s,]*/i.exec(rest);
    return but && rest.length > but[0].length && !onlySaysMore(rest.slice(but[0].length)) ? { answer: 'yes', content: rest.slice(but[0].length).trim() } : { answer: 'no' };
  }
  if (answer === 'yes') {
    const content = withoutJoin(rest);
    return rest && !onlySaysMore(rest) ? { answer: 'yes', content } : { answer: 'yes' };
  }
  // "I don't know how to use money" is a difficulty, not a "don't know"; "i dont know what else" is unsure.
  if (answer === 'notSure') return /^(?:how|where|when|who|which|why|what to)\b/i.test(rest) && rest.split(/\s+/).length >= 3 ? { answer: 'yes', content: trimmed } : undefined;
  // Words with no yes or no are the new item itself ("the lights in the shop hurt my eyes").
  if (onlySaysMore(trimmed)) return plain ? { answer: 'yes' } : undefined;
  return plain.split(' ').length >= 2 ? { answer: 'yes', content: trimmed } : undefined;
}

export type ConfirmAnswer = { answer: 'yes'; wording?: WordingRequest } | { answer: 'change'; content?: string };

/** "That's wrong", "change it", "not quite": the read-back needs changing. */
const CHANGE = /\b(?:change|chang|changed|changing|reword|rewrite|re write|edit|fix|different|differently|wrong|mistake|incorrect|not right|not quite|isnt right|is not right|not correct|dont like|do not like|not what i|alter|amend|tweak|redo|nearly)\b/;
/** Where new words start: "change it to: ...", "it should say ...". */
const NEW_WORDS = /(?:\b(?:change (?:it |that |this )?to|change it so (?:it says)?|it should (?:say|be)|should say|make it say|i want it to say)|^(?:(?:just|can you|please)\s+)?put|\binstead(?!\s+of\b)|\brather(?!\s+than\b))\s*:?\s*(.+)$/i;
/** A statement of their own: "By July 2027 I will ...", "I will ...", "Leo will ...". */
const OWN_STATEMENT = /^(?:by\s+\w+|in\s+\w+|before\s+\w+|within\s+\w+|i will|i'?ll|\p{Lu}\p{Ll}+ will)\b/iu;

/** Yes (the outcome read back is right), or change, with the new wording when they typed it. */
export function readConfirm(text: string): ConfirmAnswer | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  // "yes but use my words", "yes. and put normal words back on": a yes with a request about the words.
  const said = readPolarity(trimmed);
  const wording = said.answer === 'yes' && said.rest ? wordingRequestIn(said.rest) : undefined;
  if (wording) return { answer: 'yes', wording };
  // "i will use my card ... instead of walking out": a whole sentence of their own is the new wording.
  if (/^i\s*(?:will|'?ll)\b/i.test(trimmed) && trimmed.split(/\s+/).length >= 4 && !CHANGE.test(normaliseReply(trimmed))) return { answer: 'change', content: trimmed };
  // "no thats wrong. i will pass maths with a grade 4", "i just did. i will ...": the sentence after the lead-in is the wording.
  const sentences = trimmed.match(/[^.!?]+[.!?]*/g) ?? [];
  const own = sentences.findIndex((s, i) => i > 0 && OWN_STATEMENT.test(s.trim()) && s.trim().split(/\s+/).length >= 4 && !CHANGE.test(normaliseReply(s)));
  if (own > 0) return { answer: 'change', content: sentences.slice(own).join('').trim() };
  const explicit = NEW_WORDS.exec(trimmed);
  if (explicit && explicit[1] && explicit[1].trim().split(/\s+/).length >= 3) return { answer: 'change', content: explicit[1].trim() };
  const plain = normaliseReply(trimmed);
  // "that's it", "that's the one": the read-back is it (elsewhere "that's it" means "no more").
  if (/^(?:yes |yeah |yep )?(?:thats|that is|its|it is) (?:it|the one)(?: thanks| thank you| exactly)?$/.test(plain)) return { answer: 'yes' };
  const { answer, rest } = readPolarity(trimmed);
  if (answer === 'yes' && !CHANGE.test(normaliseReply(rest)) && !hasNegation(rest)) return { answer: 'yes' };
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
export function readSummary(text: string): 'yes' | 'change' | undefined {
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

/** Words that add nothing after a "no": "nothing else for that part, thank you", "no not really right now". */
const NOTHING_FILLER = new Set([
  'no', 'nope', 'nah', 'not', 'nothing', 'none', 'really', 'much', 'else', 'more', 'yet', 'for', 'that', 'this', 'part', 'bit', 'one',
  'now', 'right', 'at', 'the', 'moment', 'thanks', 'thank', 'you', 'u', 'ta', 'i', 'can', 'think', 'of', 'comes', 'to', 'mind', 'its',
  'it', 'is', 'all', 'im', 'good', 'fine', 'ok', 'okay', 'sorry', 'there', 'theres', 'idea', 'ideas', 'about', 'here', 'today', 'so',
  'far', 'as', 'i', 'know', 'sure', 'probably', 'just', 'from', 'me', 'him', 'her', 'them', 'he', 'she', 'they', 'we', 'has', 'have',
  'got', 'any', 'anything', 'other', 'thats', 'said', 'already', 'well', 'um', 'umm', 'erm', 'hmm', 'honestly', 'tbh', 'pls', 'please',
]);

/**
 * The person has nothing (more) to say here: a reply that starts with no, nothing or none and adds
 * only words like "else", "for now", "thank you". "No one to go with" and "no bus near me" are
 * answers, not this.
 */
export function saysNothingMore(text: string): boolean {
  const plain = normaliseReply(text);
  if (!/^(?:no|nope|nah|nothing|none|not really|not much|not yet|not at the moment|not right now|not for now|not today)\b/.test(plain)) return false;
  // "nothing really helps yet", "none of it works": nothing at all, said about the question's own verb.
  const verbs = /^(?:nothing|none)\b/.test(plain) ? NOTHING_WORKS : undefined;
  return plain.split(' ').every((w) => NOTHING_FILLER.has(w) || verbs?.has(w));
}

/** After "nothing" or "none": what does not help or work yet. */
const NOTHING_WORKS = new Set(['helps', 'help', 'helped', 'helping', 'works', 'worked', 'working', 'does', 'do', 'did', 'seems', 'actually', 'yet', 'really', 'them', 'those', 'these']);

/** Only "no" and nothing more: at a question asking for words, not an answer to it. */
export function isBareNo(text: string): boolean {
  return /^(?:no+|nope|nah+|na|nop)$/.test(normaliseReply(text));
}

/**
 * A question about time inside an answer: "ok but can I stop soon", "yes, how long is left?",
 * "is it nearly done". The answer counts; this part is answered too.
 */
export function asksHowLong(text: string): boolean {
  const plain = normaliseReply(text);
  return /\b(?:how (?:long|much longer|many more)|how much (?:more|is left)|(?:is it|are we) (?:nearly|almost) (?:done|finished|there|over)|nearly (?:done|finished) yet|(?:can|could|may) (?:i|we) (?:stop|finish|go) soon|stop soon|finish soon|much longer|many more questions|whats left|what is left)\b/.test(plain);
}

/**
 * "ok but can I stop soon" -> the answer ("ok") and whether a how-long question came with it. The
 * answer is what remains once the question about time is taken out.
 */
export function splitHowLong(text: string): { answer: string; asks: boolean } {
  if (!asksHowLong(text)) return { answer: text, asks: false };
  const parts = text.split(/(?:[,.;!?]+|\s+(?:but|and|so)\s+|\s[-–—]\s)/i).map((p) => p.trim()).filter(Boolean);
  const kept = parts.filter((p) => !asksHowLong(p));
  return { answer: kept.join(', ').trim(), asks: true };
}
