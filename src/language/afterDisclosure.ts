import { keepsOrdinaryThingQuiet } from './ordinarySecret';
import { recogniseYesNo } from './yesNo';
import { normaliseMessage } from './text';
import { deniesTheWorry } from './deniedWorry';
import { NOT_STOPPING } from './safetyAnswers';

/*
 * What people say right after a possible disclosure: whether they are safe, whether they want to
 * carry on, and the two questions children most often ask (will you tell? will they get in
 * trouble?). Matched on the normalised message: lower case, no apostrophes ("dont", "im").
 */

export type SafetyAnswer = 'safe' | 'notSafe' | 'notSure';

const NOT_IN_DANGER = /\b(?:not|no longer|never)\s+(?:in\s+)?danger\b|\bno danger\b|\bnot\s+(?:at\s+)?risk\b/;
const NOT_SAFE =
  /\b(?:not|nt|never|dont feel|do not feel|dont|doesnt|isnt|arent)\s+(?:really\s+|very\s+|that\s+|feel\s+|feeling\s+)?(?:safe|ok|okay|alright|all right|fine|good)\b|\bunsafe\b|\bdanger\b|\bscared\b|\bafraid\b|\bfrightened\b|\bterrified\b|\bhelp me\b|\bhurting me\b|\bnot really\b/;
const UNSURE = /\b(?:not sure|unsure|dont know|dunno|idk|no idea|maybe|kind of|sort of|i think so)\b/;
// "who is the safe adult" asks about a person: "safe" there is no answer.
const SAFE =
  /\b(?:safe(?!\s+(?:adult|adults|person|people|grown\s*ups?|staff|one))|fine|ok|okay|okey|k|alright|all right|good|grand|sound|im good|all good|false alarm|joking|joke|just kidding|jk|kidding|was nothing|its nothing|nothing happened)\b/;

/** The answer to "Are you safe right now?"; null when the message says none of these. */
export function recogniseSafetyAnswer(text: string): SafetyAnswer | null {
  const said = normaliseMessage(text);
  if (!said) return null;
  if (NOT_IN_DANGER.test(said)) return 'safe';
  if (deniesTheWorry(text)) return 'safe';
  if (UNSURE.test(said) && !/\bnot sure if|\bnot sure why/.test(said)) return 'notSure';
  if (NOT_SAFE.test(said)) return 'notSafe';
  if (SAFE.test(said)) return 'safe';
  const yesNo = recogniseYesNo(text);
  if (yesNo === 'yes') return 'safe';
  if (yesNo === 'no') return 'notSafe';
  if (yesNo === 'notSure') return 'notSure';
  return null;
}

const CARRY_ON = /^(?:lets\s+)?(?:carry\s+on|keep\s+going|go\s+on|continue|move\s+on|next|back\s+to\s+(?:it|the\s+plan|my\s+plan)|(?:lets|can\s+we)\s+(?:go\s+on|carry\s+on|continue))\b/;
const STOP = /^(?:stop|stop\s+for\s+now|not\s+now|later|another\s+time|i\s+want\s+to\s+stop|id\s+like\s+to\s+stop|bye|goodbye|leave\s+it)\b/;

/**
 * The answer to "carry on with your plan, or stop for now?"; "I'm fine" and "yeah" mean carry on,
 * "i dont want to stop" too. A bare "no" is neither: null.
 */
export function recogniseCarryOn(text: string): 'carryOn' | 'stop' | null {
  const said = normaliseMessage(text);
  if (!said) return null;
  if (NOT_STOPPING.test(said) && !/\b(?:dont|not)\s+(?:want\s+to\s+|wanna\s+)?(?:carry on|keep going|continue|go on)\b/.test(said)) return 'carryOn';
  if (STOP.test(said) || /\b(?:dont|not)\s+(?:want\s+to\s+|wanna\s+)?(?:carry on|keep going|continue|go on)\b/.test(said)) return 'stop';
  if (CARRY_ON.test(said)) return 'carryOn';
  if (/\b(?:carry on|keep going|continue)\b/.test(said)) return 'carryOn';
  const yesNo = recogniseYesNo(text);
  if (yesNo === 'yes') return 'carryOn';
  if (yesNo === 'no') return null;
  if (recogniseSafetyAnswer(text) === 'safe') return 'carryOn';
  return null;
}

const SECRECY =
  /\b(?:dont|do not|never|please dont|pls dont|plz dont)\s+(?:you\s+)?(?:tell|say|share|show)\b|\bkeep\s+(?:it|this|that)?\s*(?:a\s+)?secret\b|\b(?:a\s+)?secret\b|\bbetween\s+(?:us|you\s+and\s+me)\b|\bpromise\s+(?:not|you\s+wont|you\s+will\s+not)\b|\b(?:will|are|would)\s+you\s+(?:going\s+to\s+|gonna\s+)?(?:tell|say|report)\b|\bwho\s+(?:will|are|would)\s+you\s+(?:going\s+to\s+|gonna\s+)?tell\b|\bwho\s+(?:will|can)\s+(?:see|read|know)\b|\b(?:wont|will not)\s+tell\s+any\s*one\b|\bno\s+one\s+(?:can|must|should)\s+know\b|\bdont\s+want\s+any\s*one\s+to\s+know\b|\b(?:will|would|is|does)\s+(?:my\s+)?(?:mum|mam|mom|dad|parents|carer|nan|gran|step\s*dad|step\s*mum)\s+(?:going\s+to\s+|gonna\s+)?(?:find\s+out|know|be\s+told|get\s+told|hear|see\s+(?:it|this))\b|\b(?:is|are|will|would|r)\s+(?:some\s*one|any\s*one|some\s*body|you|u|they|the\s+school|school|the\s+police|police)\s+(?:going\s+to\s+|gonna\s+|gna\s+)?(?:call|ring|phone|tell|text|email|contact)\s+(?:my\s+)?(?:mum|mam|mom|mummy|dad|daddy|parents|carer|nan|gran|teacher|school)\b/;

/**
 * "ur not gonna tell anyone are u?", "you're not going to tell my mum right": asked the other way round, as
 * young people often do, with "you" or "u" before "not going to tell".
 */
const NOT_GOING_TO_TELL =
  /\b(?:you\s+(?:re|are)|youre|ur|u\s+(?:r|are)|u)\s+(?:not|never)\s+(?:going\s+to|gonna|gna|gunna|goin\s+to)\s+(?:tell|say|report|show)\b|\b(?:you|u)\s+(?:wont|will\s+not|wouldnt|would\s+not)\s+(?:tell|say|report|show)\b/;

/** "Please don't tell anyone", "will you tell my teacher?", "keep it secret", "is someone going to call my mum?". */
export function asksForSecrecy(text: string): boolean {
  // "i still cant do my shoelaces dont tell anyone lol": a shy aside about an ordinary thing, not a secret to keep.
  if (keepsOrdinaryThingQuiet(text)) return false;
  const said = normaliseMessage(text);
  return SECRECY.test(said) || NOT_GOING_TO_TELL.test(said);
}

/**
 * Asking the bot itself not to tell: "dont tell anyone", "keep it secret", "will you tell my teacher?".
 * Narrower than SECRECY: "will my dad see it" or "who will see it" ask who sees the answers, not for a secret.
 */
const TELLING_ASKED =
  /\b(?:dont|do not|never|please dont|pls dont|plz dont)\s+(?:you\s+)?(?:tell|say|share)\b|\bkeep\s+(?:it|this|that)?\s*(?:a\s+)?secret\b|\bbetween\s+(?:us|you\s+and\s+me)\b|\bpromise\s+(?:not|you\s+wont|you\s+will\s+not)\b|\b(?:will|are|would)\s+you\s+(?:going\s+to\s+|gonna\s+)?(?:tell|say|report)\b|\bwho\s+(?:will|are|would)\s+you\s+(?:going\s+to\s+|gonna\s+)?tell\b|\b(?:wont|will not)\s+tell\s+any\s*one\b|\bno\s+one\s+(?:can|must|should)\s+know\b|\bdont\s+want\s+any\s*one\s+to\s+know\b/;

/** "ur not gonna tell anyone are u?", "dont tell anyone", "you wont tell right?"; never "will my mum see this?". */
export function asksNotToTell(text: string): boolean {
  if (keepsOrdinaryThingQuiet(text)) return false;
  const said = normaliseMessage(text);
  return TELLING_ASKED.test(said) || NOT_GOING_TO_TELL.test(said);
}

const TROUBLE =
  /\b(?:get|gets|getting|be|been|being|in|into|end\s+up\s+in)\s+(?:in\s+|into\s+)?(?:big\s+|any\s+|a\s+lot\s+of\s+)?tr(?:o?u|ou?)b+le\b|\btr(?:o?u|ou?)b+le\b.*\?|\b(?:get|be|being)\s+(?:arrested|taken\s+away|told\s+off|sent\s+away|punished)\b|\b(?:go|going|gonna\s+go|sent)\s+to\s+(?:jail|prison)\b|\btake\s+(?:me|us|my\s+\w+)\s+away\b|\bsocial\s+services\s+(?:come|take|will)\b/;

/** "Is mum going to be in trouble?", "will I get taken away?". */
export function asksAboutTrouble(text: string): boolean {
  return TROUBLE.test(normaliseMessage(text));
}

const SELF_IN_TROUBLE = /\b(?:am\s+i|will\s+i|would\s+i|could\s+i|do\s+i|did\s+i|have\s+i|is\s+it\s+me)\s+(?:\w+\s+){0,4}tr(?:o?u|ou?)b+le\b/;

/** "Am I in trouble now?": the young person asks about themselves, and can be told truly that they are not. */
export function asksIfTheyAreInTrouble(text: string): boolean {
  return SELF_IN_TROUBLE.test(normaliseMessage(text)) || SELF_IN_TROUBLE_ASKED.test(text.toLowerCase());
}

const WHY_FAMILY = /\bwhy\s+(?:my\s+|about\s+my\s+|the\s+)?family\b|\bmy\s+family\s+(?:is|are)\s+(?:good|fine|ok|okay|nice|kind|great|not\s+bad)\b|\bwhat\s+(?:about|has)\s+my\s+family\b/;

/** "why my family? my family is good": they ask why their family comes into it. */
export function asksWhyFamily(text: string): boolean {
  return WHY_FAMILY.test(normaliseMessage(text));
}

/**
 * "is she a reel frend?", "are they my real mates", "is he even my friend": after telling of a friend who takes their
 * money, they ask whether that person is a friend at all. Only a question about "she", "he", "they" or "that" being a friend.
 */
const REAL_FRIEND =
  /^(?:(?:so|but|and|ok|okay|then|hmm+|um+|wait)\s+)*(?:is|are|r|iz)\s+(?:she|he|they|that|them|this|her|him)\s+(?:even\s+|really\s+|actually\s+)?(?:a\s+|my\s+)?(?:(?:re+a?l+|reel|proper|true|good|actual|nice)\s+)?(?:fr[ie]+n?ds?|frend|frends|mates?|pals?|m8s?)\b(?:\s+(?:then|or\s+not|really|tho|though))?$/;

/** Whether the message only asks if the person who took from them is a real friend. */
export function asksIfRealFriend(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).map(normaliseMessage).filter(Boolean).some((s) => REAL_FRIEND.test(s));
}

/** "i get in trouble?": the question said without "will", as someone learning English may; the question mark makes it one. */
const SELF_IN_TROUBLE_ASKED = /\bi\s+(?:get|be|go|am)\s+(?:in|into)\s+(?:big\s+)?trouble\s*\?/;

const SAYS_PARENT = /\b(?:im|i\s+am|as)\s+(?:his|her|their|the|a|its)\s+(?:mum|mam|mom|mother|dad|father|parent|carer|foster\s+carer|nan|gran|grandma|grandad|step\s*mum|step\s*dad|guardian)\b/;

/** "I'm his mum": the person says they are the parent or carer, whatever the draft says. */
export function saysTheyAreAParent(text: string): boolean {
  return SAYS_PARENT.test(normaliseMessage(text));
}

const ABOUT_THE_CHECK = /\b(?:ok|okay|fine|alright|safe|asked|asking|ask|childline|check|checking|number|numbers|helpline|why|sorry|what|huh|confused|mean|question|questions|answer|answering|answered|said|told)\b/;

/**
 * A reply at "Are you OK?" that reads as an answer to the question it interrupted, typed as if the
 * check were not there ("he would be less tired"): a few words, none of them about the check.
 */
export function answersAnotherQuestion(text: string): boolean {
  const said = normaliseMessage(text);
  return said.split(/\s+/).filter(Boolean).length >= 3 && !ABOUT_THE_CHECK.test(said);
}

/** "no thats it", "thats all", "nothing else", "cant think of anything else": the end of a list of answers. */
const ALL_SAID = String.raw`(?:(?:that|thats|that\s+is|that\s+was|thats\s+about|thats\s+pretty\s+much)\s+(?:it|all|everything|about\s+it|all\s+of\s+it)|nothing(?:\s+(?:else|more|at\s+all))?|none|no\s+more(?:\s+things)?|not\s+anything\s+else|no\s+others?|(?:i\s+)?(?:cant|cannot|can\s+not)\s+think\s+of\s+(?:anything|any\s+thing|owt|any)(?:\s+(?:else|more))?|(?:just|only)\s+(?:that|those|them|these)|thats\s+the\s+lot|done)`;
const THAT_IS_ALL = new RegExp(
  String.raw`^(?:(?:no|nah|nope|na|um+|erm+|er|hmm+|ok|okay|yeah|yes|ye)\s+)*(?:(?:i\s+think|i\s+guess|i\s+reckon|probably)\s+)?${ALL_SAID}(?:\s+(?:${ALL_SAID}|thanks|thank\s+you|ty|thx|really|for\s+now|i\s+think|i\s+can\s+think\s+of|that\s+i\s+can\s+think\s+of|makes\s+it\s+hard|helps))*$`,
);

/** Words about how they are: with these, a reply is an answer to "are you OK?" after all. */
const ABOUT_THEMSELVES = /\b(?:ok|okay|fine|alright|all\s+right|safe|good|great|well|grand|not\s+really|struggling|scared|sad|upset|bad|awful|terrible|help|hurt|hurting|danger|unsafe)\b/;

/**
 * A reply at "Are you OK?" that finishes answering the plan question instead ("no thats it",
 * "thats all", "nothing else"): the person heard the check as "anything else?". Its "no" is no
 * "no, I'm not OK", and it is no answer to the interrupted question either.
 */
export function answersThePlanInstead(text: string): boolean {
  const said = normaliseMessage(text);
  return THAT_IS_ALL.test(said) && !ABOUT_THEMSELVES.test(said);
}
