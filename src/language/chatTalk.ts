import { complaintSentence, questionSentence } from './aside';
import { readJoinHopes } from './goalForHope';
import { asksAboutSmart, asksOwnQuestion, asksToPutInPlan } from './planQuestions';
import { HOW_SHARED } from './howShared';
import { asksToRemove } from './removeItem';
import { asksWhyThem, ownWordAsked, SHOW_ME } from './showMe';
import { normaliseMessage } from './text';

/*
 * Questions and complaints to the bot, in any grammar: "You mean how teacher help her?", "what is
 * key worker", "Is it problem?", "who see this plan", "what happen next", "How I can delete a
 * hope?", "why do u keep asking that", "You dont listen me", "it keeps doing the same thing". Each
 * sentence is read on its own; a question names what it is about (a topic the bot can answer), a
 * complaint says the bot got something wrong. What is left is the person's answer, with the words
 * that only lead up to it taken off ("fine just say the lunch hall is too loud" is "the lunch hall
 * is too loud"). Nothing said to the bot is ever kept as content.
 */

/** What a question to the bot is about, so the bot can answer it. */
export type ChatTopic =
  | 'keyWorker'
  | 'code'
  | 'whoSees'
  | 'whatNext'
  | 'mustTheyDoIt' // does the school have to do what the plan says
  | 'howShared' // how the plan reaches the school; must they print it
  | 'whichOutcome' // which hope and step an outcome question is about
  | 'meaning'
  | 'why'
  | 'askedAgain'
  | 'howToRemove' | 'howToChange' | 'howToAdd'
  | 'isItOk'
  | 'notAnswered'
  | 'otherQuestion'
  | 'smart' // what SMART means, or whether an outcome is SMART
  | 'planAsk' // whether something can be asked for in the plan
  | 'howToJoin' // two hopes asked to be made one, away from the review
  | 'ageRule'
  | 'mustAnswer'
  | 'wasKept'
  | 'whatAbout'
  | 'whyThem' // "why you say them? he is one boy"
  | 'ownWord'; // "what is meltdown in your words?": their own word, kept as they say it

export interface ChatTalk {
  /** What the questions asked are about, each once, in the order asked. */
  topics: ChatTopic[];
  /** The person said the bot got something wrong (didn't listen, kept the wrong thing, asks again). */
  complaint: boolean;
  /** The answer said beside the talk ('' when there is none worth keeping). */
  answer: string;
  /** What "wat about villa park" asks about ("villa park"), when a question names a thing. */
  about?: string;
  /** A short answer said beside the talk ("wat code. no i dont hav one"): an answer only where it is a choice of a closed question. */
  short?: string;
}

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bwat\b|\bwot\b|\bwht\b/g, 'what'],
  [/\bwhats\b/g, 'what is'],
  [/\bwhos\b/g, 'who is'],
  [/\bdunno\b|\bidk\b/g, 'i dont know'],
  [/\bpls\b|\bplz\b/g, 'please'],
  [/\bhav\b|\bhv\b/g, 'have'],
  [/\bgotta\b/g, 'got to'],
];

function plain(sentence: string): string {
  let said = normaliseMessage(sentence);
  for (const [re, to] of SHORTHAND) said = said.replace(re, to);
  return said.replace(LEAD, '').trim();
}

/** Words before a question or an answer that change nothing. */
const LEAD =
  /^(?:(?:sorry|so|ok|okay|yes|yeah|no|nah|but|and|then|well|oh|ah|um+|erm|hmm+|wait|hang on|please|bot|mate|also|again|one more thing|one question|question|can i ask(?: something| you)?(?: different)?)\s+)*/;

/** "what happens next? who checks the school is doing it": a question of their own beside another is never an answer. */
const OWN_QUESTION = /^(?:who|which)\b.*\b(?:checks?|make sure|makes sure|does|doing|follows?|gives?|pays?|decides?)\b|^(?:will|would|does|do|did|has|should|can)\s+(?:anyone|anybody|someone|somebody|they|the school|the council|the teachers?)\s+(?:check|make sure|do|follow|give|pay|decide|really|actually|ever)\b/;

/** The sentence asks the bot something: a question word first, "you mean ...", or a question mark. */
const ASKS = /^(?:(?:and|but|so|ok|yes|then)\s+)*(?:what|who|how|why|where|when|which|is|are|am|can|could|do|does|did|will|would|should|must|shall|have|has|you mean|do you mean)\b/;

/** "do i have to answer", "do i hav to answer this one", "is this one optional", "can i skip this", "what if i dont answer": no, and how to skip. */
const MUST_ANSWER =
  /^(?:do|must|should|have|need)\s+(?:i|we|he|she)\s+(?:really\s+)?(?:(?:have|need|got)\s+to\s+|gotta\s+)?(?:answer|say|reply|respond|fill|put|write|tell)\b|^(?:do|does)\s+(?:i|we|he|she)\s+(?:really\s+)?(?:have|need|got)\s+to(?:\s+(?:do\s+)?(?:this|that|it|this one|this question|that one))?$|^(?:is|are)\s+(?:this|it|that|these|this question|the questions?)\s+(?:optional|compulsory|required|necessary|a must)\b|^what\s+(?:if|happens if)\s+(?:i|we)\s+(?:dont|do not|cant|cannot)\s+(?:answer|say|reply|want to)\b|^(?:do|must|should|will)\s+i\s+(?:really\s+)?(?:have to|need to|got to|must)\s+(?:answer|do|say|reply to|fill in)\b|^(?:is|are)\s+(?:this|that|it|these)(?:\s+(?:one|question|bit))?\s+(?:optional|compulsory|required|needed)\b|^(?:can|could|may)\s+i\s+(?:not answer|leave|skip)\s+(?:this|that|it)\b/;

const TOPICS: ReadonlyArray<readonly [ChatTopic, RegExp]> = [
  // "hang on which one are we on now", "what outcome is this for", "what is this for": where they are is said.
  ['whichOutcome', /\bwhich\s+(?:one|outcome|hope|step|bit|part)\s+(?:are\s+)?(?:we|i)\s+(?:on|doing|at|working on)\b|^(?:which|what)\s+(?:outcome|hope|step)\s+(?:is|was)\s+(?:this|it|that)(?:\s+(?:for|about|again|now))*$|^(?:what|who)\s+is\s+(?:this|it|this one|this outcome|this question)\s+(?:for|about)(?:\s+(?:again|now))*$|^(?:which|what)\s+(?:one|outcome|hope)\s+is\s+(?:this|it)(?:\s+(?:for|about|again|now))*$/],
  // "does the school actually have to do it", "is the plan legally binding": whether the plan must be followed.
  ['mustTheyDoIt', /\b(?:do|does|will|must|would|should)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:school|college|nursery|council|la|local authority|teachers?|they|anyone)\s+(?:actually\s+|really\s+|legally\s+|still\s+)?(?:have to|need to|got to|gotta|must)\s+(?:do|follow|give|provide|stick to|listen to)\b|\b(?:is|are)\s+(?:it|this|that|(?:this|the|my|his|her|an?)\s+(?:plan|draft|ehcp?|ehc plan))\s+(?:legally\s+)?(?:binding|enforceable|the law)\b|\b(?:have|has)\s+to\s+(?:follow|stick to)\s+(?:it|this|the plan)\b|\b(?:do|does|will|would)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:actually|really|definitely)\s+(?:do|follow|give|provide|stick to)\s+(?:it|this|that|the plan|what it says)\b|\b(?:can|could)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:just\s+)?(?:ignore|refuse)\s+(?:it|this|that|the plan)\b|^(?:do|does)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:actually\s+|really\s+)?(?:have to|need to)$/],
  ['howShared', HOW_SHARED],
  ['howToRemove', /\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\b(?:delete|remove|take (?:it |that |this )?(?:out|away|off)|get rid|rub out|cross out|erase)\b/],
  ['howToChange', /\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\b(?:change|edit|fix|correct|reword|rewrite)\b/],
  ['howToAdd', /\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\badd\b|\b(?:can|could|may) i (?:add|put|have|give|tell you) (?:a |an |one )?(?:new|another|more|extra|other)\b/],
  ['keyWorker', /\bkey\s*workers?\b/],
  ['whoSees', /\bwho\b.*\b(?:see|sees|seen|read|reads|get|gets|look|looks|has|have|send|sends|receive|receives|share|shares)\b|\b(?:see|read|know|find out)\s+(?:about\s+)?what\s+i\s+(?:said|wrote|typed|told you|put)\b|\b(?:will|does|do|can|must|should)\s+(?:the |my |his |her |a )?(?:school|teachers?|senco|council|la|local authority|doctor|anyone|anybody|everyone|they|people|social worker|mum|mom|mam|dad|parents?|carers?|family|nan|gran|brother|sister)\s+(?:see|read|get|look at|have|know)\b|\b(?:i|we)\s+(?:must|have to|need to|should)\s+(?:send|give|show|take)\s+(?:it|this|the plan|the draft)\b|\bwhere\s+(?:does|do|will)\s+(?:it|this|the plan|my answers)\s+go\b/],
  ['whatNext', /\bwhat\s+(?:will\s+)?(?:happen|happens|is next|comes next|next|after|now)\b|\bwhat\s+(?:do|should|must|can)\s+(?:i|we)\s+do\s+(?:now|next|after|then|with (?:it|this|the plan))\b|\bwhen\b.*\b(?:plan|it)\b.*\b(?:ready|done|start|finished|happen)\b/],
  ['code', /\bcodes?\b/],
  ['meaning', /^(?:do )?you mean\b|\bwhat\s+means?\s+(?:a\s+|an\s+|the\s+)?\w+|\bwhat\s+(?:do |does )?(?:you|it|this|that)\s+mean\b|\bwhat\s+(?:is|are)\s+(?:a |an |the )?\w+(?:\s+\w+)?$|\bwhat\s+(?:does|is)\s+.*\bmean(?:s|ing)?\b|\bwhat\s+(?:are\s+)?you\s+(?:asking|want|mean)\b|\bwhat\s+question\b/],
  // "do i have to answer", "is this optional", "what if i dont want to say": no question has to be answered.
  ['mustAnswer', MUST_ANSWER],
  ['isItOk', /^(?:is|it is|its|is it)\s+(?:it|that|this)?\s*(?:a\s+)?(?:ok|okay|alright|fine|problem|bad|wrong|enough|too\s+(?:fast|soon|quick|early|late|much|little|long|short|big|small|hard|easy)|right|normal|possible)(?:\s+(?:for you|or not|then|maybe|too|like that))?$|^(?:is|it is|its)\s+(?:a\s+)?(?:big\s+)?problem$/],
];

/** Not understanding the question, said as a statement: "I dont understand well this question", "i dont know what that means". */
const NOT_UNDERSTOOD = /^(?:i\s+)?(?:dont|do not|cant|cannot|not)\s+(?:really\s+|well\s+)?(?:understand|get|know what)\b.*\b(?:question|mean|means|meaning|you want|you asking|asking)\b|^(?:i\s+)?(?:dont|do not)\s+(?:understand|get it)(?:\s+well)?$/;

/** A sentence that only leads up to the answer beside it. */
const LEAD_SENTENCE =
  /^(?:i\s+(?:want|wanted|would like)\s+to\s+(?:answer|say|tell you)\s+(?:before|first|something|this|that)(?:\s+(?:the\s+|your\s+)?question)?|maybe\s+(?:it|this|that)\s+(?:is|s)\s+(?:a\s+)?(?:goal|hope|step|need|outcome|dream)(?:\s+(?:also|too|as well))?|(?:i\s+)?(?:dont|do not)\s+know(?:\s+(?:really|exactly|for sure))?|(?:im\s+)?not\s+sure|let me (?:think|see)|here (?:it is|goes))$/;

/** "i want to add a new hope", "can i add another dream", "add a hope please". */
const ADD_HOPE = /^(?:i\s+(?:want|would like|wanna|need|wish)\s+(?:to\s+)?|(?:can|could|may)\s+(?:i|we|you)\s+|let me\s+|lets\s+)?add\s+(?:a\s+|an\s+|one\s+|another\s+|some\s+)?(?:new\s+|more\s+|other\s+|extra\s+)?(?:hopes?|dreams?|goals?|wish(?:es)?)(?:\s+(?:please|too|as well|also|now))*$/;

/** "im 13 you cant drive trains till ur 20", "u have to be 17 to drive": a rule about age said to the bot. */
const AGE_RULE =
  /^(?:(?:i\s*m|i am)\s+(?:only\s+)?\d{1,2}(?:\s+(?:and|so|but|lol))?\s+)?(?:you|u|people|kids|we)\s+(?:cant|can not|cannot|arent allowed to|are not allowed to|have to be|need to be|must be|gotta be)\b.*\b(?:till|until|til|unless|before|when)\s+(?:you|your|youre|you re|they|theyre|ur)\s*(?:are|re)?\s*(?:over\s+)?\d{2}\b(?:\s+(?:lol|tho|though|anyway|years old|yet|or so|or something))*$|^(?:you|u|people)\s+(?:have to|need to|must|gotta)\s+be\s+(?:over\s+)?\d{2}\b(?:\s+to\s+\w+(?:\s+\w+){0,3})?(?:\s+(?:lol|tho|though|anyway))*$/;

/** "can i ask you something", "i have a question": the message is their own question. */
const ASKS_SOMETHING = /^(?:(?:sorry|ok|okay|but|and|also|please)\s+)*(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:something|a question|one thing|about)\b|^i\s+(?:have|got|ve got)\s+(?:a|one|another)\s+question\b/;

/** "you not answer me", "you never answer my questions", "I ask you question and you go next". */
const NOT_ANSWERED =
  /^(?:you|but you|and you)\s+(?:not|dont|do not|didnt|did not|never|still\s+(?:not|dont|didnt))\s+(?:answer|answered|reply|replied|say|tell)(?:\s+(?:me|to me|my|mine|this|that|it))?\b|\bi\s+(?:ask|asked|ask you|asked you)\s+(?:you\s+)?(?:a\s+)?(?:question|something)\b|\bmy\s+question\b.*\b(?:answer|ignore|not)\b|\byou\s+(?:go|went|move|moved|skip|skipped)\s+(?:on|next|past)\b/;

/** "why do u keep asking that", "it keeps doing the same thing": why the question comes again. */
const ASKED_AGAIN = /\b(?:keeps?|always|still|again)\b.*\b(?:ask|asking|asks|question|doing the same|saying the same)\b|\bsame\s+(?:thing|question)\b/;

/** Asking the bot's opinion: "is X good idea", "what do you think", "is it better to ...". */
const ADVICE = /\b(?:a\s+)?(?:good|bad|better|best)\s+idea\b|\bwhat\s+(?:do\s+)?you\s+think\b|\bis\s+it\s+better\s+(?:to|if)\b/;

/** "i already told you", "i said that already": the person says it again beside this. */
const RESTATES = /^(?:i\s+)?(?:already\s+|just\s+)?(?:told|tell|said|say|answered|put|wrote)\b.*$|^(?:already\s+)(?:told|said|answered)\b.*$/;

/** Words that only lead up to the answer: "fine just say", "I want to say", "ok so". */
const ANSWER_LEAD =
  /^(?:(?:fine|ok|okay|alright|right|so|well|anyway|then|whatever|like|um+|ugh+)[\s,]+)*(?:(?:just|please)\s+)?(?:(?:i\s+(?:want|wanted|would like|will|wanna)\s+(?:to\s+)?(?:say|tell you|answer)|(?:just\s+)?(?:say|put|write|type|keep)|(?:the\s+)?answer\s+is|my\s+answer\s+(?:is|was)|what\s+i\s+(?:mean|meant|said|wanted to say)\s+(?:is|was))[\s,:-]+)?/i;

/**
 * "did u get that", "did the teacher help bit get saved tho", "is that saved", "wait did u get the
 * flat bit too", "did you change it?": what was kept is said.
 */
const WAS_KEPT =
  /^(?:did|have|has)\s+(?:you|it)\s+(?:get|got|save|saved|keep|kept|catch|caught|hear|heard|record|recorded|write|wrote|put|add|added|change|changed|fix|fixed|update|updated)\s+(?:that|this|it|all that|all of that|everything|what i (?:said|put|wrote|typed))(?:\s+(?:down|in|then|ok|okay|tho|though|right|too|as well|yet))*$|^(?:did|have|has)\s+(?:you|it)\s+(?:get|got|save|saved|keep|kept|catch|caught|hear|heard|record|recorded|write|wrote|put|add|added)\s+(?:down\s+)?(?:the|my|that|this)\s+(?<part>[a-z0-9 ]{1,40}?)\s+(?:bit|part|thing|one|stuff)(?:\s+(?:down|in|then|ok|okay|tho|though|right|too|as well|also|yet))*$|^(?:did|has|have|was|is)\s+(?:the\s+|my\s+|that\s+|this\s+|it\s+)?(?<named>[a-z0-9 ]{0,40}?)\s*(?:thing\s+|bit\s+|one\s+|answer\s+)?(?:get|got|gets|been|being)?\s*(?:saved|kept|added|stored|put in|written down|recorded|in there|in the plan)(?:\s+(?:then|ok|okay|tho|though|right|or not))*$/;

/** "wait i didnt say a step yet?", "i havent given an outcome": what was kept for this outcome is asked. */
const NOT_SAID_STEP_YET =
  /^(?:(?:wait|hang on|hold on|but|um+|erm+|sorry|huh)\s+)*i\s+(?:didnt|did not|havent|have not|never|aint|not)\s+(?:even\s+)?(?:say|said|give|given|gave|tell|told|type|typed|write|written|put)\s+(?:you\s+|u\s+)?(?:a|an|the|my|any)\s+(?:step|outcome|goal|target)(?:\s+(?:yet|so far|though|tho|did i|have i|lol))*$/;

/** "im confused now": what the question means is said again. */
const CONFUSED = /^(?:i\s*m|i am|im)\s+(?:so\s+|really\s+|well\s+|a bit\s+|bit\s+|kinda\s+|kind of\s+|proper\s+)?(?:confused|lost)(?:\s+(?:now|again|tbh|lol))*$/;

/** "thats not help i need", "thats wat it does for me", "the goal IS a saturday job": the bot took it wrong. */
const TOOK_IT_WRONG =
  /^(?:(?:that|it|this)\s+is|thats|that s|its|it s)\s+not\s+(?:a\s+|the\s+)?(?:help|hope|need|goal|step|answer|what i (?:need|needed|meant|mean|said|want))\b|^(?:(?:that|it|this)\s+is|thats|that s|its|it s)\s+what\s+it\s+(?:does|would do|will do|makes possible|would make possible)\b|^(?:the|my)\s+(?:goal|hope|dream|step|outcome)\s+is\s+(?:a\s+|an\s+|to\s+)?\w+(?:\s+\w+){0,5}$/;

/** The words a "did X get saved" question names ('' for "that"), or null when it asks no such thing. */
export function asksWhatWasKept(text: string): string | null {
  for (const sentence of sentencesOf(text)) {
    const said = plain(sentence).replace(/^(?:and|but|so)\s+/, '');
    const asked = WAS_KEPT.exec(said);
    if (!asked) continue;
    const named = (asked.groups?.named ?? asked.groups?.part ?? '').trim();
    return /^(?:that|this|it|everything|all that|what i said)?$/.test(named) ? '' : named;
  }
  return null;
}

/**
 * "wat about villa park", "what about the bus?": asking whether a thing counts, never the answer.
 * The thing is a few words with no verb of their own ("how about i learn to drive" is an answer).
 */
const WHAT_ABOUT = /^(?:(?:and|but|so|ok|okay|hmm+|um+)\s+)*(?:what|how)\s+about\s+(?!(?:it|that|this|if|when|me|you|i|we|he|she|they|doing|going|getting|learning|trying|having|making)\b)((?:[a-z0-9']+\s*){1,5})(?:\s+(?:then|tho|though|too|as well|lol))*$/;

/** The thing a "what about X" question asks about, or null. */
export function asksWhatAbout(sentence: string): string | null {
  const thing = WHAT_ABOUT.exec(plain(sentence))?.[1]?.trim();
  return thing ? thing.replace(/\s+(?:then|tho|though|too|as well|lol)$/, '') : null;
}

const SHORT_BESIDE = 5; // Words in a piece beside the talk too short to keep, unless led up to or restated.

type Piece = { text: string; topic: ChatTopic | null; complaint: boolean; restates: boolean; asks: boolean; lead?: boolean; about?: string };

function readPiece(text: string): Piece {
  const said = plain(text);
  const asked = /\?\s*$/.test(text) || ASKS.test(said);
  const piece = { text, topic: null as ChatTopic | null, complaint: false, restates: false, asks: asked };
  if (!said) return piece;
  // "You not answer me what is key worker?": sorry, and the question answered.
  if (NOT_ANSWERED.test(said)) return { ...piece, topic: TOPICS.find(([, re]) => re.test(said.replace(NOT_ANSWERED, '')))?.[0] ?? 'notAnswered', complaint: true };
  if (NOT_UNDERSTOOD.test(said) || CONFUSED.test(said)) return { ...piece, topic: 'meaning' };
  if (MUST_ANSWER.test(said)) return { ...piece, topic: 'mustAnswer' };
  if (WAS_KEPT.test(said) || SHOW_ME.test(said)) return { ...piece, topic: 'wasKept' };
  const ownWord = ownWordAsked(said.replace(/\s+(?:you know(?: it| this| that)?|do you know(?: it)?)$/, ''));
  if (ownWord) return { ...piece, topic: 'ownWord', about: ownWord };
  if (asksWhyThem(said)) return { ...piece, topic: 'whyThem' };
  // "wait i didnt say a step yet?": whether a step was kept is asked, and the true answer is which one is worked on.
  if (NOT_SAID_STEP_YET.test(said)) return { ...piece, topic: 'whichOutcome' };
  // "wat about villa park": whether a thing counts is asked, and the person is asked to say more.
  const about = asksWhatAbout(text);
  if (about) return { ...piece, topic: 'whatAbout', about };
  // "thats not help i need??", "the goal IS a saturday job": the bot took it wrong; the answer beside it is read on its own.
  if (TOOK_IT_WRONG.test(said)) return { ...piece, complaint: true };
  // "I want to answer before question.", "OK maybe it is goal also.", "I dont know.": only leading up to the answer.
  if (LEAD_SENTENCE.test(said)) return { ...piece, lead: true };
  // "i want to add a new hope": asked of the bot, which says how.
  if (ADD_HOPE.test(said)) return { ...piece, topic: 'howToAdd' };
  // "im 13 you cant drive trains till ur 20": a remark on the rules, not something in their way to work on.
  if (AGE_RULE.test(said)) return { ...piece, topic: 'ageRule' };
  // "Can I ask something different": a question of their own, which the bot cannot answer here.
  if (ASKS_SOMETHING.test(normaliseMessage(text))) return { ...piece, topic: 'otherQuestion' };
  // "is toilet card good idea for Yusuf?", "what you think?": advice the key worker or school can give.
  if (asked && ADVICE.test(said)) return { ...piece, topic: 'otherQuestion' };
  // "can you just join them together": two hopes made one, which the review does.
  if (readJoinHopes(text)) return { ...piece, topic: 'howToJoin' };
  // "what does SMART mean? is this one SMART?": said in plain words, before "what does X mean" is left to the step's help.
  if (asksAboutSmart(said)) return { ...piece, topic: 'smart' };
  const complained = complaintSentence(text);
  if (complained) return { ...piece, complaint: true, restates: RESTATES.test(said), topic: ASKED_AGAIN.test(said) ? 'askedAgain' : null };
  if (asked) {
    const topic = TOPICS.find(([, re]) => re.test(said))?.[0];
    if (topic) return { ...piece, topic };
    // "should i ask for trying new foods in his plan": yes, and how; "can people with dyslexia get ...": who can answer.
    if (asksToPutInPlan(said)) return { ...piece, topic: 'planAsk' };
    if (asksOwnQuestion(said)) return { ...piece, topic: 'otherQuestion' };
  }
  const aside = questionSentence(text);
  if (aside) return { ...piece, topic: aside === 'why' ? 'why' : 'meaning' };
  return piece;
}

/** Sentences, each with the punctuation after it, so what is kept reads as typed. */
function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?…;\n]+[.!?…;\n]*/g) ?? [text]).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * A sentence read whole, or clause by clause when only its clauses are talk ("This is still wrong,
 * I tell you this is not hope", "i already told you, the library"); an answer with commas in it
 * ("signs help her, Makaton") stays whole.
 */
function piecesOf(sentence: string): Piece[] {
  const whole = readPiece(sentence);
  const clauses = (sentence.match(/[^,]+,*/g) ?? [sentence]).map((c) => c.trim()).filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (clauses.length < 2) return [whole];
  const read = clauses.map(readPiece);
  // "What happen next, who see this plan?": two questions, both answered; "i already told you, the library": the answer kept.
  return read[0]!.topic || read[0]!.complaint ? piecesAfter(read, clauses) : [whole];
}

/** Only talk that leads the sentence is taken off it; what follows stays one answer. */
function piecesAfter(read: Piece[], clauses: string[]): Piece[] {
  const first = read.findIndex((p) => !p.topic && !p.complaint);
  if (first < 0) return read;
  return [...read.slice(0, first), readPiece(clauses.slice(first).join(' '))];
}

function tidy(answer: string): string {
  return answer.replace(/\s+/g, ' ').replace(/^[\s,;:.!?-]+/, '').replace(/[\s,;:-]+$/, '').replace(/\.{2,}$/, '').trim();
}

/**
 * Questions and complaints to the bot, with the answer said beside them; null when the message has
 * none (then it is an answer, or other talk the aside reader handles). `restatedIsAnswer`: what is
 * said again after "i already told you" answers the open question (at an outcome's own questions).
 */
export function readChatTalk(text: string, options: { restatedIsAnswer?: boolean } = {}): ChatTalk | null {
  if (text.length > 600) return null;
  const read = sentencesOf(text).flatMap(piecesOf);
  // "Is it problem?" beside "I dont have code" is about the code; "How I do it?" beside "I want to add a new hope" is how to add one.
  const context = read.filter((p) => !p.topic && !p.complaint).map((p) => plain(p.text)).join(' ');
  const asked = read.some((p) => p.topic && p.topic !== 'isItOk');
  const pieces = read.map((p) => {
    const vague = p.topic === 'isItOk' || (!p.topic && !p.complaint && p.asks && /\b(?:do|doing|make|making) (?:it|this|that)\b/.test(plain(p.text)));
    const own = asked && !p.topic && !p.complaint && OWN_QUESTION.test(plain(p.text));
    const topic = own ? 'otherQuestion' : vague ? topicOfContext(context, p.topic) : p.topic;
    return topic === p.topic ? p : { ...p, topic };
  });
  const talk = pieces.filter((p) => p.topic || p.complaint);
  if (talk.length === 0) {
    // "I want to answer before question. signs help her": the answer without what only led up to it.
    const said = pieces.filter((p) => !p.lead);
    if (said.length === pieces.length || said.length === 0) return null;
    return { topics: [], complaint: false, answer: tidy(said.map((p) => p.text).join(' ')) };
  }
  const topics: ChatTopic[] = [];
  for (const piece of talk) if (piece.topic && !topics.includes(piece.topic)) topics.push(piece.topic);
  const rest = pieces.filter((p) => !p.topic && !p.complaint && !p.lead);
  const kept = rest.filter((p) => !isOnlyContextFor(p, topics));
  const led = kept.map((p, i) => (i === 0 ? p.text.replace(ANSWER_LEAD, '') : p.text));
  const answer = tidy(led.join(' '));
  const leadUsed = kept.length > 0 && kept[0]!.text.trim() !== led[0]!.trim();
  const restated = talk.some((p) => p.restates) && options.restatedIsAnswer === true;
  // "By Easter maybe? Is it too fast?": the question is about the answer beside it, which stays an answer.
  const checked = topics.includes('isItOk');
  // Their own question ("can Zofia go to a normal school?"), or a hope to add later, is never kept as an answer here.
  if (topics.includes('otherQuestion') || topics.includes('howToAdd') || topics.includes('smart') || topics.includes('planAsk') || topics.includes('howToJoin')) return { topics, complaint: talk.some((p) => p.complaint), answer: '' };
  // "wat about villa park": the thing asked about waits for the person's own sentence about it.
  const about = talk.find((p) => p.about)?.about;
  if (about) return { topics, complaint: talk.some((p) => p.complaint), answer: '', about };
  const long = plain(answer).split(' ').filter(Boolean).length > SHORT_BESIDE;
  if (answer && (long || leadUsed || restated || checked)) return { topics, complaint: talk.some((p) => p.complaint), answer };
  return { topics, complaint: talk.some((p) => p.complaint), answer: '', ...(answer ? { short: answer } : {}) };
}

/** What a vague question ("is it problem?", "how i do it?") is about, from the sentences beside it. */
function topicOfContext(context: string, fallback: ChatTopic | null): ChatTopic | null {
  if (/\bcodes?\b/.test(context)) return 'code';
  if (/\b(?:delete|remove|take (?:it )?(?:out|away|off)|get rid)\b/.test(context)) return 'howToRemove';
  if (/\badd\b|\bnew hope\b|\banother hope\b/.test(context)) return 'howToAdd';
  if (/\b(?:change|edit|fix)\b/.test(context)) return 'howToChange';
  return fallback;
}

/** "I want to add new hope", "No I dont have code": said only to set up the question beside it. */
function isOnlyContextFor(piece: Piece, topics: readonly ChatTopic[]): boolean {
  const said = plain(piece.text);
  // "yes ok.", "sorry.": nothing but a lead-in; "Please delete this": a take-back, read on its own.
  if (!said || asksToRemove(piece.text) !== null) return true;
  // "we have teacher and SENCO lady only" beside "what is key worker?": about the key worker, not an answer.
  if (topics.includes('keyWorker') && /\b(?:teachers?|senco|sendco|worker|lady|man|nobody|no one|noone|dont have|dont know)\b/.test(said) && said.split(' ').length <= 10) return true;
  if (topics.includes('code') && /\bcodes?\b/.test(said) && said.split(' ').length <= 8) return true;
  if (topics.includes('howToAdd') && /^(?:i\s+(?:want|would like|wanna|need)\s+(?:to\s+)?add|(?:can|could)\s+i\s+add)\b.*\b(?:hope|dream|one|thing)$/.test(said)) return true;
  if (topics.includes('howToRemove') && /^(?:i\s+(?:want|would like|wanna|need)\s+(?:to\s+)?(?:delete|remove))\b/.test(said)) return true;
  return false;
}
