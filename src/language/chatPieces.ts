import { saysAskingWasSaved } from './askingSaved';
import { ASKED_WRONG, MUST_ANSWER, SHOULD_MENTION, TOPICS, type ChatTopic } from './chatTopics';
import { complaintSentence, questionSentence } from './aside';
import { readJoinHopes } from './goalForHope';
import { SAID_SAME_BEFORE } from './passingRemark';
import { asksAboutRights, asksAboutSmart, asksOwnQuestion, asksToPutInPlan, asksWhatGoesInPlan } from './planQuestions';
import { RecentReadings } from './recentReadings';
import { exampleOffered } from './likeThis';
import { asksWhichPeople } from './whichPeople';
import { asksWhyThem, ownWordAsked, SHOW_ME } from './showMe';
import { clausesOf, normaliseMessage } from './text';
import { noteTalkBeside } from './noteTalkBeside';

/*
 * A message read sentence by sentence, and clause by clause where only its clauses are talk: each
 * piece is a question to the bot (with its topic), a complaint, words that only lead up to the
 * answer, or part of the answer. chatTalk.ts puts the pieces together. A message is read into
 * pieces once, however many readers ask (the safeguarding check and the talk-about-the-chat check
 * read the same message in one turn).
 */

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

/** A sentence's plain words: normalised, shorthand spelled out, the words that change nothing taken off the front. */
export function plain(sentence: string): string {
  return plainSentences.read(sentence, () => plainAfresh(sentence));
}

/** Each piece of a message is made plain by several readers in one turn: once is enough. */
const plainSentences = new RecentReadings<string>(64);

function plainAfresh(sentence: string): string {
  let said = normaliseMessage(sentence);
  for (const [re, to] of SHORTHAND) said = said.replace(re, to);
  return said.replace(LEAD, '').trim();
}
/** Words before a question or an answer that change nothing. */
const LEAD =
  /^(?:(?:sorry|so|ok|okay|yes|yeah|no|nah|but|and|then|well|oh|ah|um+|erm|hmm+|wait|hang on|please|bot|mate|also|again|one more thing|one question|question|can i ask(?: something| you)?(?: different)?)\s+)*/;
/** The sentence asks the bot something: a question word first, "you mean ...", or a question mark. */
const ASKS = /^(?:(?:and|but|so|ok|yes|then)\s+)*(?:what|who|how|why|where|when|which|is|are|am|can|could|do|does|did|will|would|should|must|shall|have|has|you mean|do you mean)\b/;

/** Not understanding the question, said as a statement: "I dont understand well this question", "i dont know what that means". */
// "Im sorry I dont know what you mean": an apology before it changes nothing.
const NOT_UNDERSTOOD = /^(?:(?:im|i am|i m|so|very)\s+)?(?:sorry\s+)?(?:i\s+)?(?:dont|do not|cant|cannot|not)\s+(?:really\s+|well\s+)?(?:understand|get|know what)\b.*\b(?:question|mean|means|meaning|you want|you asking|asking)\b|^(?:i\s+)?(?:dont|do not)\s+(?:understand|get it)(?:\s+well)?$/;

/** "thats a vague question", "hopes and dreams for what", "say what": the question is unclear to them, so what it means is said. */
const QUESTION_UNCLEAR =
  /^(?:(?:that|thats|that s|that is|its|it s|it is|this is|what|such)\s+)?(?:a|an)\s+(?:(?:really|very|bit|a bit|pretty|quite|so|kind of|kinda)\s+)*(?:vague|weird|strange|odd|broad|confusing|unclear|random|general|open|wide)\s+question$|^(?:what\s+)?(?:kind|sort)\s+of\s+(?:a\s+)?question\s+is\s+(?:that|this)$|^(?:[a-z]+\s+){0,5}(?:for\s+what|what\s+for)$|^(?:say|you|come)\s+what$|^come\s+again$/;

/**
 * "that question is too vague", "do what more on my own", "give an example": the question is unclear to
 * them, its own words asked back, or an example asked for; what it means is said, with its example.
 * "do what i want on my own" is an answer: only "what", "what more" or "what else" may follow "do".
 */
const QUESTION_TOO_VAGUE =
  /^(?:that|this|the|your)\s+question\s+(?:is|s)\s+(?:(?:too|so|really|very|a bit|bit|kind of|kinda|way too)\s+)*(?:vague|broad|confusing|unclear|general|open|wide)$|^(?:do|doing)\s+what(?:\s+(?:more|else|exactly))?(?:\s+(?:on my own|by myself|myself|on (?:his|her|their) own|at home|when im out))?$|^(?:(?:can|could)\s+you\s+)?give\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+)?examples?(?:\s+please)?$|^examples?\s+please$/;

/** A sentence that only leads up to the answer beside it. */
const LEAD_SENTENCE =
  /^(?:i\s+(?:want|wanted|would like)\s+to\s+(?:answer|say|tell you)\s+(?:before|first|something|this|that)(?:\s+(?:the\s+|your\s+)?question)?|maybe\s+(?:it|this|that)\s+(?:is|s)\s+(?:a\s+)?(?:goal|hope|step|need|outcome|dream)(?:\s+(?:also|too|as well))?|(?:i\s+)?(?:dont|do not)\s+know(?:\s+(?:really|exactly|for sure))?|(?:im\s+)?not\s+sure|let me (?:think|see)|here (?:it is|goes)|anyway|anyways|anyhow|i\s+(?:just\s+)?(?:want|wanted|would like|need)\s+to\s+(?:check|make sure|see|know)(?:\s+(?:it|that|this|first|please))*)$/;

/** "i want to add a new hope", "can i add another dream", "add a hope please". */
const ADD_HOPE = /^(?:i\s+(?:want|would like|wanna|need|wish)\s+(?:to\s+)?|(?:can|could|may)\s+(?:i|we|you)\s+|let me\s+|lets\s+)?add\s+(?:a\s+|an\s+|one\s+|another\s+|some\s+)?(?:new\s+|more\s+|other\s+|extra\s+)?(?:hopes?|dreams?|goals?|wish(?:es)?)(?:\s+(?:please|too|as well|also|now))*$/;

const NO_CODE = /^(?:but\s+|and\s+|sorry\s+)?(?:i|we)\s+(?:dont|do not|havent|have not|never)\s+(?:got\s+|have\s+|had\s+|get\s+|been\s+given\s+)?(?:a|any|the|no)\s+code(?:\s+(?:yet|though|tho|either|for this))*$/;

const MUDDLE_OR_NOT_TECHY =
  /\b(?:page|screen|chat|plan|draft)\b(?:.*\b(?:it|this|everything))?\s+(?:is|s|looks|has\s+got|got)\s+(?:all\s+|a\s+bit\s+)?(?:in\s+)?(?:a\s+)?(?:(?:right|real|bit\s+of\s+a|total|complete)\s+)?(?:muddle|mess|jumble|muddled|messed\s+up|jumbled|confusing)\b|\b(?:i\s+am|im|i\s+m)\s+(?:not\s+(?:very\s+|too\s+|that\s+|much\s+)?(?:good|great|clever)\s+with|(?:rubbish|useless|hopeless|no\s+good|terrible|bad)\s+(?:with|at))\s+(?:computers?|technology|tech|phones?|these\s+things|this\s+sort\s+of\s+thing)\b/;

/** More hopes said to have been told, or meant to be: never an answer to the open question. */
const MORE_HOPES_TOLD = /\b(?:i\s+)?(?:tried|wanted|meant|was\s+trying|have\s+been\s+trying)\s+to\s+(?:tell|give|add|say)\s+(?:you\s+)?(?:\w+\s+)?(?:more|other|extra|new)\s+(?:hopes?|dreams?)\b|\bdid\s+(?:you|u)\s+(?:get|see|keep|save|catch|take)\s+(?:those|the|my|these|his|her|their)\s+(?:\w+\s+)?(?:extra|other|more|new)\s+(?:hopes?|dreams?)\b/;

/** "im 13 you cant drive trains till ur 20", "u have to be 17 to drive": a rule about age said to the bot. */
const AGE_RULE =
  /^(?:(?:i\s*m|i am)\s+(?:only\s+)?\d{1,2}(?:\s+(?:and|so|but|lol))?\s+)?(?:you|u|people|kids|we)\s+(?:cant|can not|cannot|arent allowed to|are not allowed to|have to be|need to be|must be|gotta be)\b.*\b(?:till|until|til|unless|before|when)\s+(?:you|your|youre|you re|they|theyre|ur)\s*(?:are|re)?\s*(?:over\s+)?\d{2}\b(?:\s+(?:lol|tho|though|anyway|years old|yet|or so|or something))*$|^(?:you|u|people)\s+(?:have to|need to|must|gotta)\s+be\s+(?:over\s+)?\d{2}\b(?:\s+to\s+\w+(?:\s+\w+){0,3})?(?:\s+(?:lol|tho|though|anyway))*$/;

/** "can i ask you something", "i have a question": the message is their own question. */
const ASKS_SOMETHING = /^(?:(?:sorry|ok|okay|but|and|also|please)\s+)*(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:something|a question|one thing|about)\b|^i\s+(?:have|got|ve got)\s+(?:a|one|another)\s+question\b/;

/** "you not answer me", "you never answer my questions", "I ask you question and you go next". */
const NOT_ANSWERED =
  /^(?:(?:but|and|so)\s+)?(?:you|u)\s+(?:even\s+)?(?:not|dont|do not|didnt|did not|never|still\s+(?:not|dont|didnt)|wont|will not|cant|cannot)\s+(?:even\s+|ever\s+|just\s+)?(?:answer|answered|reply|replied|say|tell(?!\s+(?:any|anyone|anybody|nobody|no\s+one|him|her|them|people|my\s+(?:mum|dad|mom|nan|carer|teacher|social)|the\s+(?:police|school|social)|social|police|school)\b))(?:\s+(?:me|to me|my|mine|this|that|it))?\b|^(?:(?:but|and|so|ok|okay)\s+)?why\s+(?:dont|didnt|wont|cant|do\s+not|did\s+not|will\s+not|cannot|do\s+(?:you|u)\s+not|are\s+(?:you|u)\s+not|arent)\s+(?:(?:you|u)\s+)?(?:even\s+|ever\s+|just\s+)?(?:answer|answering|reply|replying)(?:\s+(?:me|to me|my|mine|this|that|it|questions?|anything))?\b|\bi\s+(?:ask|asked|ask you|asked you|was asking|was asking you)\s+(?:you\s+)?(?:a\s+)?(?:question|something)\b|\bmy\s+question\b.*\b(?:answer|ignore|not)\b|\byou\s+(?:go|went|move|moved|skip|skipped)\s+(?:on|next|past)\b/;

/** "why do u keep asking that", "it keeps doing the same thing": why the question comes again. */
const ASKED_AGAIN = /\b(?:keeps?|always|still|again)\b.*\b(?:ask|asking|asks|question|doing the same|saying the same)\b|\bsame\s+(?:thing|question)\b/;

/** Asking the bot's opinion: "is X good idea", "what do you think", "is it better to ...". */
const ADVICE = /\b(?:a\s+)?(?:good|bad|better|best)\s+idea\b|\bwhat\s+(?:do\s+)?you\s+think\b|\bis\s+it\s+better\s+(?:to|if)\b/;

/** "you never saved the date", "where's the date gone", "you forgot the date": the date, said not to be kept. */
const DATE_NOT_KEPT =
  /^(?:you\s+)?(?:never|didnt|did not|have not|havent|forgot to|forgot|lost)\s+(?:save|saved|keep|kept|put|put in|record|recorded|store|stored|take|took|write|wrote|add|added|get|got)?\s*(?:down\s+|in\s+)?(?:the|my|his|her|a)\s+(?:date|time|deadline)(?:\s+(?:in|down|anywhere|at all|either|too))*$|^(?:where\s+(?:is|s|has|did)|wheres)\s+(?:the|my|his|her)\s+(?:date|time)(?:\s+(?:gone|go|went))?$/;

/**
 * "you've stuck the help onto the wrong bit", "you put that in the wrong place", "thats gone on the
 * wrong question": something was kept in the wrong place. Said about what was kept, never an answer.
 */
const WRONG_BIT =
  /^(?:(?:you|youve|it|its)\s+(?:have\s+|ve\s+|has\s+|s\s+)?(?:just\s+)?(?:stuck|put|added|saved|kept|attached|placed|moved|gone|went)|(?:that|thats|this|it|its)\s+(?:is\s+|s\s+|has\s+|was\s+)?(?:gone|went|ended up|been put|been stuck))\s+(?:(?:the|that|this|it|my|his|her)\s+)?(?:[a-z]+\s+){0,2}?(?:on|onto|in|into|under|to|with|as)\s+(?:the\s+)?wrong\s+(?:bit|place|one|question|part|outcome|hope|thing|section|box|answer)$/;

/** "you put 'it should say' in it": words the chat kept, quoted back in quote marks, and where they went. */
const WORDS_QUOTED_BACK =
  /^\s*(?:you|u)\s+(?:put|wrote|added|typed|kept|left)\s+(?:in\s+)?['"‘“][^'"‘’“”]{1,200}['"’”]\s+(?:in|into|on)\s+(?:it|there|that|this|(?:the|my|that|this)\s+(?:\w+\s+)?(?:hope|dream|goal|outcome|sentence|line|bit|part|answer))\s*[.!]*\s*$/i;

/** "i already told you", "i said that already": the person says it again beside this. */
const RESTATES = /^(?:i\s+)?(?:already\s+|just\s+)?(?:told|tell|said|say|answered|put|wrote)\b.*$|^(?:already\s+)(?:told|said|answered)\b.*$/;

/**
 * "did u get that", "did the teacher help bit get saved tho", "is that saved", "wait did u get the
 * flat bit too", "did you change it?": what was kept is said.
 */
const WAS_KEPT =
  /^(?:did|have|has)\s+(?:you|it)\s+(?:get|got|save|saved|keep|kept|catch|caught|hear|heard|record|recorded|write|wrote|put|add|added|change|changed|fix|fixed|update|updated)\s+(?:that|this|it|all that|all of that|everything|what i (?:said|put|wrote|typed))(?:\s+(?:down|in|then|ok|okay|tho|though|right|too|as well|yet))*$|^(?:did|have|has)\s+(?:you|it)\s+(?:get|got|save|saved|keep|kept|catch|caught|hear|heard|record|recorded|write|wrote|put|add|added)\s+(?:down\s+)?(?:the|my|that|this)\s+(?<part>[a-z0-9 ]{1,40}?)\s+(?:bit|part|thing|one|stuff)(?:\s+(?:down|in|then|ok|okay|tho|though|right|too|as well|also|yet))*$|^(?:did|have|has)\s+(?:you|u|it)\s+(?:get|got|see|seen|hear|heard|read|catch|caught|save|saved|keep|kept|note|noted)\s+what\s+(?:i|we)\s+(?:said|say|put|wrote|typed|told\s+you|mentioned)\s+(?:about|abt|bout)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?<about>[a-z0-9 ]{1,40}?)(?:\s+(?:bit|part|thing|stuff))?(?:\s+(?:then|tho|though|earlier|before|too|as well))*$|^(?:did|has|have|was|is)\s+(?:the\s+|my\s+|that\s+|this\s+|it\s+)?(?<named>[a-z0-9 ]{0,40}?)\s*(?:thing\s+|bit\s+|one\s+|answer\s+)?(?:get|got|gets|been|being)?\s*(?:saved|kept|added|stored|put in|written down|recorded|in there|in the plan)(?:\s+(?:then|ok|okay|tho|though|right|or not))*$/;

/** "wait i didnt say a step yet?", "i havent said my second step yet": what was kept for this outcome is asked. */
const NOT_SAID_STEP_YET =
  /^(?:(?:wait|hang on|hold on|but|um+|erm+|sorry|huh)\s+)*i\s+(?:didnt|did not|havent|have not|never|aint|not)\s+(?:even\s+)?(?:say|said|give|given|gave|tell|told|type|typed|write|written|put)\s+(?:you\s+|u\s+)?(?:a|an|the|my|any)\s+(?:(?:first|second|2nd|third|3rd|next|other|new|last|own)\s+)?(?:step|outcome|goal|target)(?:\s+(?:yet|so far|though|tho|did i|have i|lol))*$/;

/** "im confused now": what the question means is said again. */
const CONFUSED = /^(?:i\s*m|i am|im)\s+(?:so\s+|really\s+|well\s+|a bit\s+|bit\s+|kinda\s+|kind of\s+|proper\s+)?(?:confused|lost)(?:\s+(?:now|again|tbh|lol))*$/;

/** "thats not help i need", "thats wat it does for me", "the goal IS a saturday job": the bot took it wrong. */
const TOOK_IT_WRONG =
  /^(?:(?:that|it|this)\s+is|thats|that s|its|it s)\s+not\s+(?:a\s+|the\s+)?(?:help|hope|need|goal|step|answer|what i (?:need|needed|meant|mean|said|want))\b|^(?:(?:that|it|this)\s+is|thats|that s|its|it s)\s+what\s+it\s+(?:does|would do|will do|makes possible|would make possible)\b/;
/**
 * "the goal IS a saturday job", "my goal is actually ...": said again, stressed, after the bot took it
 * wrong. A plain "my goal is to get a TA" is an answer, never a complaint.
 */
const GOAL_STRESSED = /^(?:the|my)\s+(?:goal|hope|dream|step|outcome)\s+(?:IS|(?:is\s+)?(?:actually|really|still)\s+(?:is\s+)?|is\s+REALLY\s+)\s*(?:a\s+|an\s+|to\s+)?\w+(?:\s+\w+){0,5}[.!]*$/i;
const STRESS = /\b(?:IS|actually|really|still)\b/;

/** The words a "did X get saved" question names ('' for "that"), or null when it asks no such thing. */
export function asksWhatWasKept(text: string): string | null {
  for (const sentence of clausesOf(text)) {
    const said = plain(sentence).replace(/^(?:and|but|so)\s+/, '');
    const asked = WAS_KEPT.exec(said);
    if (!asked) continue;
    const named = (asked.groups?.named ?? asked.groups?.part ?? asked.groups?.about ?? '').trim();
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

export type Piece = { text: string; topic: ChatTopic | null; complaint: boolean; restates: boolean; asks: boolean; lead?: boolean; about?: string };

const NO_IS_WRONG = /^(?:no|nope|nah)\s+(?:it\s+is|its|is|that\s+is|thats|this\s+is)\s+(?:wrong|not\s+right|not\s+good)$/;

function readPiece(text: string): Piece {
  const said = plain(text);
  const asked = /\?\s*$/.test(text) || ASKS.test(said);
  const piece = { text, topic: null as ChatTopic | null, complaint: false, restates: false, asks: asked };
  if (!said) return piece;
  // "what adult??", "you said no one reads this": who reads the note asked; "i havent taken anything back": a remark on it.
  const note = noteTalkBeside(said);
  if (note) return note === 'whoSees' ? { ...piece, topic: 'whoSees' } : { ...piece, lead: true };
  // "no is wrong", as someone learning English says "no, it is wrong": a no with why, never "is it wrong?".
  if (!/\?\s*$/.test(text) && NO_IS_WRONG.test(normaliseMessage(text))) return { ...piece, complaint: true, asks: false };
  // "Have I asked something I should not have?": a worry about their own words (never "you didnt answer my question").
  if (ASKED_WRONG.test(said)) return { ...piece, topic: 'askedWrong' };
  // "You not answer me what is key worker?": sorry, and the question answered.
  // "you put my question in as the answer" says the asking was saved as words (read at the review), not that it went unanswered.
  if (NOT_ANSWERED.test(said) && !saysAskingWasSaved(said)) {
    // "you didnt answer me who sees this plan": the question in the complaint is read whole, as if asked alone.
    const rest = said.replace(NOT_ANSWERED, '').trim();
    const question = rest.split(' ').length >= 2 ? readPiece(`${rest}?`) : undefined;
    return { ...piece, topic: question?.topic ?? TOPICS.find(([, re]) => re.test(rest))?.[0] ?? 'notAnswered', complaint: true };
  }
  // "Which people? I can't read minds": who the question means, with examples.
  if (asksWhichPeople(said, text)) return { ...piece, topic: 'whichPeople' };
  if (DATE_NOT_KEPT.test(said)) return { ...piece, topic: 'dateKept', complaint: true };
  if (WRONG_BIT.test(said)) return { ...piece, topic: 'wrongBit', complaint: true };
  // "you put 'it should say' in it": the chat's own words quoted back as a mistake; a complaint, never an answer.
  if (WORDS_QUOTED_BACK.test(text)) return { ...piece, complaint: true };
  // "it is in a right muddle", "I am not very good with computers": about the chat or themselves, never an answer.
  if (MUDDLE_OR_NOT_TECHY.test(said)) return { ...piece, complaint: true };
  if (NOT_UNDERSTOOD.test(said) || CONFUSED.test(said) || QUESTION_UNCLEAR.test(said) || QUESTION_TOO_VAGUE.test(said)) return { ...piece, topic: 'meaning' };
  // "Should I put something in about his sleep?": yes, it belongs; never "you don't have to answer".
  if (SHOULD_MENTION.test(said)) return { ...piece, topic: 'shouldMention' };
  if (MUST_ANSWER.test(said)) return { ...piece, topic: 'mustAnswer' };
  // "is bedwetting something that goes in the plan?": yes, what is hard at home and with health goes in too (never "was it kept").
  if (asked && asksWhatGoesInPlan(said)) return { ...piece, topic: 'planBelongs' };
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
  if (TOOK_IT_WRONG.test(said) || (GOAL_STRESSED.test(said) && STRESS.test(text.replace(/\bis\b/g, '')))) return { ...piece, complaint: true };
  // "I want to answer before question.", "OK maybe it is goal also.", "I dont know.": only leading up to the answer.
  if (LEAD_SENTENCE.test(said)) return { ...piece, lead: true };
  // "i want to add a new hope": asked of the bot, which says how.
  // "I tried to tell you two more hopes", "did you get those extra hopes I told you about?": how to add them is said.
  if (ADD_HOPE.test(said) || MORE_HOPES_TOLD.test(said)) return { ...piece, topic: 'howToAdd' };
  // "I dont have a code.": said to the bot about the code (asked at the start), never an answer here.
  if (NO_CODE.test(said)) return { ...piece, topic: 'code' };
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
  // "You gave that example before.": the bot repeated itself; a complaint, never an answer.
  if (SAID_SAME_BEFORE.test(said)) return { ...piece, complaint: true };
  // "like the teacher tells me?": an example offered to ask what is meant (chatTalk.ts keeps it so only beside such a question).
  const example = exampleOffered(said, text);
  if (example) return { ...piece, topic: 'likeThis', about: example };
  const complained = complaintSentence(text);
  if (complained) return { ...piece, complaint: true, restates: RESTATES.test(said), topic: ASKED_AGAIN.test(said) ? 'askedAgain' : null };
  if (asked) {
    const topic = TOPICS.find(([, re]) => re.test(said))?.[0];
    if (topic) return { ...piece, topic };
    // "can the council refuse to do the EHC assessment?": rights and the law, which advice services answer.
    if (asksAboutRights(said)) return { ...piece, topic: 'rightsQuestion' };
    // "should i ask for trying new foods in his plan": yes, and how; "can people with dyslexia get ...": who can answer.
    if (asksToPutInPlan(said)) return { ...piece, topic: 'planAsk' };
    if (asksOwnQuestion(said)) return { ...piece, topic: 'otherQuestion' };
  }
  const aside = questionSentence(text);
  if (aside) return { ...piece, topic: aside === 'why' ? 'why' : 'meaning' };
  return piece;
}

/**
 * "thats not what i wrote as a hope but fine ... then whats hard is getting to work on the bus": dictated
 * with no stop, the answer starts at "whats hard is", a sentence of its own after the talk before it.
 */
const HARD_ANSWER_STARTS = /(?<=\S)\s+(?=(?:what\s*'?s|what\s+is|the\s+hard\s+(?:thing|part|bit))\s+hard\s+(?:is|for\s+me\s+is)\s+\S)|(?<=\S)\s+(?=the\s+hard\s+(?:thing|part|bit)\s+is\s+\S)/i;

/** "... i asked you to delete stuff how do i delete things": a question how, dictated straight after a complaint. */
const HOW_ASKED_STARTS = /\s+(?=how\s+(?:do|can|could|should|would)\s+(?:i|we|you|u)\s+\S)/i;

/** A dictated sentence cut where a question how starts after a complaint; whole otherwise. */
function howAfterComplaint(sentence: string): string[] {
  const at = sentence.search(HOW_ASKED_STARTS);
  if (at <= 0) return [sentence];
  const before = sentence.slice(0, at);
  return complaintSentence(before) ? [before, sentence.slice(at).trim()] : [sentence];
}

/** The message read into pieces (see above), sentence by sentence. */
export function readPieces(text: string): readonly Piece[] {
  return piecesOfMessages.read(text, () => {
    const sentences = clausesOf(text).flatMap((s) => s.split(HARD_ANSWER_STARTS)).flatMap(howAfterComplaint);
    // The answer-then-"is that ok?" split is for a message that ends there; "..., is that ok? this plan?" is read whole.
    return sentences.flatMap((sentence) => piecesOf(sentence, sentences.length === 1));
  });
}

const piecesOfMessages = new RecentReadings<readonly Piece[]>();


/**
 * A sentence read whole, or clause by clause when only its clauses are talk ("This is still wrong,
 * I tell you this is not hope", "i already told you, the library"); an answer with commas in it
 * ("signs help her, Makaton") stays whole.
 */
function piecesOf(sentence: string, alone = true): Piece[] {
  const whole = readPiece(sentence);
  const clauses = (sentence.match(/[^,]+,*/g) ?? [sentence]).map((c) => c.trim()).filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (clauses.length < 2) return [whole];
  const read = clauses.map(readPiece);
  // "go to the shop on my own, is that the kind of thing you mean?": the answer, then whether it will do.
  const last = read[read.length - 1]!;
  if (alone && !whole.topic && !whole.complaint && last.topic === 'isItOk' && read.slice(0, -1).every((p) => !p.topic && !p.complaint)) {
    return [readPiece(clauses.slice(0, -1).join(' ').replace(/[\s,]+$/, '')), last];
  }
  // "What happen next, who see this plan?": two questions, both answered; "i already told you, the library": the answer kept.
  return read[0]!.topic || read[0]!.complaint ? piecesAfter(read, clauses) : [whole];
}

/** Only talk that leads the sentence is taken off it; what follows stays one answer. */
function piecesAfter(read: Piece[], clauses: string[]): Piece[] {
  const first = read.findIndex((p) => !p.topic && !p.complaint);
  if (first < 0) return read;
  return [...read.slice(0, first), readPiece(clauses.slice(first).join(' '))];
}
