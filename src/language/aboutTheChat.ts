import type { ChatTalk } from './chatTalk';
import { readChatTalk } from './chatTalk';
import { LAUGH } from './chatter';
import { plainSpeak } from './plainSpeak';
import { normaliseMessage } from './text';
import { withoutAsideTail } from './asideTail';

/*
 * Talk about the chat read the way the chat's readers read plain words: text-speak and a swear word
 * leading a question ("wtf is a step", "wth does that mean") are read as "what ...", and a question
 * about how two of the chat's questions differ ("what's the difference between this and the help
 * bit?") asks what this question means. Only a message that is all talk is read this way: an answer
 * beside it is kept by the usual readers, in the person's own words.
 */

const SWORE_WHAT = /\b(?:wtf|wth|wtaf|what\s+the\s+(?:fuck|fk|hell|heck|f))\b/gi;

/** "wtf is a step" as "what is a step": the words readers know, never what is kept. */
export function readAsPlainWords(text: string): string {
  return plainSpeak(text).replace(SWORE_WHAT, 'what');
}

/** "what's the difference between this and the help bit?", "how is this different from the last one". */
const ASKS_HOW_IT_DIFFERS =
  /^(?:(?:so|um+|erm+|ok|and|but|sorry|wait|hang on)\s+)*(?:what\s+is|whats|what s|how\s+is|hows|is)\s+(?:the\s+)?(?:(?:difference|diffrence|differance|difrence|diference|diff)\s+between\b|(?:this|that|it)\s+(?:different|diffrent|difrent)\s+(?:from|to|than)\b|(?:this|that|it)\s+(?:the\s+)?same\s+as\s+(?:the\s+)?(?:last|other|help|hope|need|step|first|one)\b).{0,60}$/;

/** "lol", "haha ok so": laughing before the words. */
const LAUGH_LEAD = new RegExp(String.raw`^\s*(?:${LAUGH}[\s,.!]*)+`, 'i');

/** A question about the chat's own questions, asked in plain words or not; null when any of it may be an answer. */
export function talkInPlainWords(text: string, options: { restatedIsAnswer?: boolean } = {}): ChatTalk | null {
  // "lol that wasnt an answer... what helps is ...": the laugh leads in; the rest is read as typed, its answer kept.
  const unlaughed = text.replace(LAUGH_LEAD, '');
  const besideLaugh = unlaughed !== text && unlaughed ? readChatTalk(unlaughed, options) : null;
  if (besideLaugh && (besideLaugh.complaint || besideLaugh.topics.length > 0)) return besideLaugh;
  const instead = saidInsteadOfABit(text);
  if (instead) return { topics: [], complaint: true, answer: instead };
  const plain = readAsPlainWords(text);
  if (ASKS_HOW_IT_DIFFERS.test(normaliseMessage(plain))) return { topics: ['meaning'], complaint: false, answer: '' };
  if (plain === text) return null;
  const talk = readChatTalk(plain, options);
  return talk && talk.topics.length > 0 && !talk.answer && !talk.short ? talk : null;
}

/** "are you a real person", "r u human?", "am i talking to a bot", "is this a robot lol". */
const ASKS_WHAT_IT_IS =
  /^(?:(?:wait|hang on|hold on|hold up|wait up|so|um+|erm+|ok|oi|hey|lol|haha\w*|be honest|honestly)\s+)*(?:are\s+you|r\s+u|are\s+u|r\s+you|is\s+(?:this|it|that)|am\s+i\s+(?:talking|chatting|speaking)\s+(?:to|with))\s+(?:even\s+|actually\s+|really\s+)?(?:a\s+|an\s+)?(?:(real)(?:\s+(?:person|human|people))?|(human|person|people|man|woman|teacher)|robot|bot|chat\s*bot|ai|computer|machine|program)(?:\s+or\s+(?:a\s+)?\w+)?(?:\s+(?:lol|haha\w*|or what|or not|then|tho|though|mate|bro))*$/;

/** Asking whether the chat is a person: 'person' ("are you real?") is answered no, 'computer' ("are you a bot?") yes. */
export function asksWhatTheChatIs(text: string): 'person' | 'computer' | null {
  const match = ASKS_WHAT_IT_IS.exec(normaliseMessage(readAsPlainWords(text)));
  if (!match) return null;
  return match[1] || match[2] ? 'person' : 'computer';
}

/** "i asked if ur a bot", "i was asking whether you are a real person": the question told again, after it was misread. */
const ASKED_WHAT_IT_IS =
  /^(?:(?:no|nah|but|well|lol|haha\w*)\s+)*i\s+(?:just\s+|only\s+)?(?:asked|was\s+asking|am\s+asking|meant|wanted\s+to\s+know)\s+(?:you\s+)?(?:if|whether)\s+(?:you\s+are|you\s+were|youre|your|ur|u\s+r|u\s+are|u\s+were|this\s+is|its|it\s+is)\s+(?:even\s+|actually\s+|really\s+)?(?:a\s+|an\s+)?(?:(real)(?:\s+(?:person|human))?|(human|person)|robot|bot|chat\s*bot|ai|computer|machine|program)(?:\s+or\s+(?:a\s+)?\w+)?(?:\s+(?:lol|haha\w*|or not|tho|though))*$/;
/** "i didnt say no??", "i never said no": the answer taken was not given. */
const DID_NOT_SAY = /^(?:(?:but|wait|um+|erm+|lol)\s+)*i\s+(?:didnt|did\s+not|never|didn't)\s+(?:say|mean|said)\s+(?:no|yes|that)(?:\s+(?:lol|tho|though|at\s+all))*$/;

/**
 * "i didnt say no?? i asked if ur a bot": the question about the bot told again beside "I didn't say
 * that". Every sentence is one or the other (or laughter); what the chat is and that an apology is owed.
 */
export function askedWhatTheChatIsAgain(text: string): 'person' | 'computer' | null {
  const sentences = text
    .split(/[?!.]+/)
    .map((part) => normaliseMessage(readAsPlainWords(part)).replace(/\bur\b/g, 'you are'))
    .filter((part) => part && !LAUGH_ONLY.test(part));
  let kind: 'person' | 'computer' | null = null;
  for (const sentence of sentences) {
    const asked = ASKED_WHAT_IT_IS.exec(sentence);
    if (asked) kind = asked[1] || asked[2] ? 'person' : 'computer';
    else if (!DID_NOT_SAY.test(sentence)) return null;
  }
  return kind;
}
const LAUGH_ONLY = /^(?:lol|haha\w*|lmao|omg|\s)+$/;

/** "what helps is ...", "the help is ...", "the step is ...": the question an answer names by its lead. */
const NAMED_BY_LEAD: ReadonlyArray<readonly ['help' | 'step' | 'measure', RegExp]> = [
  ['help', /^(?:(?:what\s+(?:would\s+help|helps|helped|really\s+helps)|(?:the|my)\s+help)\s+(?:is|was|would\s+be)|help\s+would\s+be)\s+\S/i],
  ['step', /^(?:the|my)\s+step\s+(?:is|was|would\s+be)\s+\S/i],
  ['measure', /^(?:the|my)\s+measure\s+(?:is|was|would\s+be)\s+\S/i],
];

/** Which question an answer names by the words leading up to it; null when it names none. */
export function questionNamedByLead(answer: string): 'help' | 'step' | 'measure' | null {
  return NAMED_BY_LEAD.find(([, re]) => re.test(answer.trim()))?.[0] ?? null;
}

/** "the results day bit sounds dumb. put my results slip says i got a 4": a bit disliked, then what to put instead. */
const DISLIKED_BIT = /^(?:(?:lol|haha\w*|ugh|um+|erm+|ok|so)\s+)*(?:the|that|this)\s+(?:[\p{L}\p{N}']+\s+){1,5}(?:bit|part|one)\s+(?:sounds|is|looks|reads|seems)\s+(?:so\s+|really\s+|a\s+bit\s+|well\s+)?(?:dumb|stupid|weird|wrong|rubbish|bad|silly|cringe|off|naff)\s*[.!,;:]+\s*(?:(?:just|please|can\s+you|could\s+you)\s+)?(?:put|say|write|make\s+it|change\s+it\s+to)\s+(.{3,})$/iu;

/** What to put instead of a bit the person dislikes, as typed; null when the message is not that. */
export function saidInsteadOfABit(text: string): string | null {
  const m = DISLIKED_BIT.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/** "walk to school lol": laughing after the words. */
const LAUGH_TAIL = new RegExp(String.raw`[\s,.!]*(?:\b${LAUGH}\b[\s,.!]*)+$`, 'i');

/**
 * The person's own words for an outcome (its inTheirWords), without what they said to the room or
 * about the chat at the end: "walk to school on my own like i said before", "... no offence mum",
 * "... lol". The words as typed when nothing else would be left.
 */
export function ownWordsOf(text: string): string {
  const said = withoutAsideTail(text.trim()).replace(LAUGH_TAIL, '').trim();
  return /\p{L}{2,}/u.test(said) ? said : text.trim();
}
