import { onlyLaughter } from './chatter';
import { readNoWithInstruction } from './noWithInstruction';
import { readFirstWord } from './verbFirst';
import { normaliseReply, readPolarity } from './polarity';
import { remarkOnly } from './remarkOnly';
import type { YesNoAnswer } from './yesNoAnswer';

/*
 * "Is there another?" and the questions that ask for words: yes, no, yes with the new item in the
 * person's own words, or nothing (more) to say.
 */

/** "Is there another?": yes, no, or yes with the new item in the person's own words. */
export interface MoreAnswer {
  answer: YesNoAnswer;
  content?: string;
  /** "yes. learning to drive is on my list too": the new item was said to be on their list. */
  listed?: true;
}

/** "... is on my list too", "... are still in the plan": said after a yes, what comes before is the next item. */
const ON_MY_LIST = /^(.{3,60}?)\s+(?:is|are|s)\s+(?:also\s+|still\s+)?(?:on|in)\s+(?:my|the)\s+(?:list|plan)(?:\s+(?:too|as\s+well|also))?[\s.!]*$/iu;

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
/** "looks good", "that looks fine to me", "thats grand": what is there is approved, so nothing more to add. */
const APPROVED =
  /^(?:(?:no|nah|nope|ok|okay)\s+)?(?:(?:it|that|this|all|everything|it\s+all|that\s+all)\s+)?(?:all\s+)?(?:looks|looking|seems|look)\s+(?:good|gd|fine|ok|okay|great|alright|grand|right|sound)(?:\s+(?:to\s+me|now|thanks|thank\s+you|i\s+think|tbh|ta))*$|^(?:thats|that is|its|it is)\s+(?:grand|fine)(?:\s+(?:thanks|thank\s+you|ta))?$/;
const NO_MORE = /^(?:(?:no|nah|nope)\s+)?(?:(?:i\s+)?think\s+)?(?:thats|that is|that|this|its|it is|ive|i have|weve|we have|there is|theres|nothing|none|no more|not today|not now|not at the moment|not really|all done|im done|were done)\b[^?]*?\b(?:all|it|enough|everything|else|covered|done|finished|more|now|today|moment|really)\b[\s.!]*$/;

/** "he says ...", "she said ...": a parent or supporter passing on the young person's words. */
const REPORTED = /^(?:(?:he|she|they)\s+(?:says|said|thinks|thought|reckons|told me)|(?:hes|shes|theyre)\s+saying)(?:\s+that)?[\s,:]+/i;

/** "i want ...", "he'd love ...", "to ...": the words of a wish, whoever says it. */
const WISH_LEAD = /^(?:to\s+|(?:i|he|she|they|we)\s+(?:would\s+(?:like|love)|(?:really\s+)?(?:want|wants|wanna|hope|hopes|wish|wishes)|(?:d|'d)\s+(?:like|love))\b|(?:id|hed|shed|theyd|i'd|he'd|she'd|they'd)\s+(?:like|love)\b)/i;
/** "go on", "next", "skip it": moving the chat on, never an item. */
const MOVES_ON = /^(?:go\s+on|carry\s+on|move\s+on|keep\s+going|next|skip|continue|stop|finish|leave\s+it|lets\s+(?:go|move|stop|finish)|do\s+(?:the\s+)?next|thats?\b|its?\b|not\b)/i;

/**
 * After a "no", the next item said straight on: "no, learn to drive", "nah he wants to swim". It
 * must start as a wish or a thing to do, so "no he is fine", "no thanks, go on" and "no, why?" stay a no.
 */
function itemAfterNo(text: string, rest: string): string | undefined {
  const item = rest.replace(/^[\s,.;:!-]+/, '').replace(/^(?:actually|wait|oh|and|also|well|then)\b[\s,]*/i, '').trim();
  if (!item || /\?\s*$/.test(item) || item.split(/\s+/).length < 2 || saysNothingMore(text) || MOVES_ON.test(normaliseReply(item))) return undefined;
  return WISH_LEAD.test(item) || readFirstWord(item) === 'verb' ? item : undefined;
}

/** "ah right thanks.", "ok thanks,": thanks for what was said back, before the answer itself. */
const THANKS_FIRST = /^(?:(?:ah+|oh+|right|ok|okay|cool|great|lovely|brilliant|fair enough|i see|got it|thanks|thank you|ta|cheers)[\s,.!]+)*(?:thanks|thank you|ta|cheers|right|i see|got it)[\s,.!]+(?=(?:no|nah|nope|nothing|none)\b)/i;

/** "no. wait yes actually, ...": a no taken back at once, and the yes after it. */
const YES_AFTER_NO = /^(?:no+|nah|nope)[\s,.!]+(?:(?:wait|hang\s+on|hold\s+on|oh|sorry|actually)[\s,.!]+)*(?:yes|yeah|yep|yeh|ye)\b[\s,.!]*(?:(?:actually|there\s+is|theres|sorry)\b[\s,.!]*)*/i;

/** What follows "no. wait yes actually," when the no is taken back for a yes; undefined when it is not. */
export function afterNoTakenBackForYes(text: string): string | undefined {
  const found = YES_AFTER_NO.exec(text.trim());
  return found ? text.trim().slice(found[0].length).trim() : undefined;
}

export function readMore(text: string): MoreAnswer | undefined {
  // "no. wait yes actually, he has a lot of constipation": the yes wins, with what follows it.
  const yesAfterNo = afterNoTakenBackForYes(text);
  if (yesAfterNo !== undefined) return yesAfterNo && !onlySaysMore(yesAfterNo) ? { answer: 'yes', content: yesAfterNo } : { answer: 'yes' };
  // "ah right thanks. no nothing else": the thanks is no yes; the no after it is the answer.
  const thanked = THANKS_FIRST.exec(text.trim());
  if (thanked) {
    const after = readMore(text.trim().slice(thanked[0].length));
    if (after?.answer === 'no') return after;
  }
  const reported = REPORTED.exec(text.trim());
  const trimmed = reported ? text.trim().slice(reported[0].length).trim() : text.trim();
  // "lol", "haha": laughing is neither a yes nor a new item.
  if (!trimmed || onlyLaughter(trimmed)) return undefined;
  // "No! Do not take that out. Take out ...": neither a no nor a new item; the chat acts on it.
  // "no. how many can i have?": a no, and the chat answers the question beside it.
  const instead = readNoWithInstruction(trimmed);
  if (instead) return instead.question ? { answer: 'no' } : undefined;
  const plain = normaliseReply(trimmed);
  if (NO_MORE.test(plain) || NOTHING_MORE.test(plain) || APPROVED.test(plain)) return { answer: 'no' };
  const { answer, rest } = readPolarity(trimmed);
  if (answer === 'no') {
    // "no, but she'd love to swim" still brings a new item.
    const but = /^(?:but|maybe|perhaps|possibly)\b[\s,]*/i.exec(rest);
    if (but && rest.length > but[0].length && !onlySaysMore(rest.slice(but[0].length))) return { answer: 'yes', content: rest.slice(but[0].length).trim() };
    // "no, learn to drive", "nah he wants to swim": a no that goes on to the next item is that item, as "no, but ..." is.
    const item = itemAfterNo(trimmed, rest);
    return item ? { answer: 'yes', content: item } : { answer: 'no' };
  }
  if (answer === 'yes') {
    const content = withoutJoin(rest);
    const listed = ON_MY_LIST.exec(content);
    if (listed) return { answer: 'yes', content: listed[1]!.trim(), listed: true };
    return rest && !onlySaysMore(rest) ? { answer: 'yes', content } : { answer: 'yes' };
  }
  // "I don't know how to use money" is a difficulty, not a "don't know"; "i dont know what else" is unsure.
  if (answer === 'notSure') return /^(?:how|where|when|who|which|why|what to)\b/i.test(rest) && rest.split(/\s+/).length >= 3 ? { answer: 'yes', content: trimmed } : undefined;
  // "omg my nan just made chips lol": a remark is neither a yes, a no, nor a new item.
  if (remarkOnly(trimmed)) return undefined;
  // Words with no yes or no are the new item itself ("the lights in the shop hurt my eyes").
  if (onlySaysMore(trimmed)) return plain ? { answer: 'yes' } : undefined;
  return plain.split(' ').length >= 2 ? { answer: 'yes', content: trimmed } : undefined;
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
