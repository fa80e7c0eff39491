import type { ChatTopic } from './chatTopics';
import { plain, readPieces, type Piece } from './chatPieces';
import { asksToRemove } from './removeItem';
import { withoutTheirReading } from './answerLead';
import { TAKE_OUT_WORD } from './takeOutVerbs';

export type { ChatTopic } from './chatTopics';
export { asksWhatAbout, asksWhatWasKept } from './chatPieces';

/*
 * Questions and complaints to the bot, in any grammar: "You mean how teacher help her?", "what is
 * key worker", "Is it problem?", "who see this plan", "what happen next", "How I can delete a
 * hope?", "why do u keep asking that", "You dont listen me", "it keeps doing the same thing". Each
 * sentence is read on its own; a question names what it is about (a topic the bot can answer), a
 * complaint says the bot got something wrong. What is left is the person's answer, with the words
 * that only lead up to it taken off ("fine just say the lunch hall is too loud" is "the lunch hall
 * is too loud"). Nothing said to the bot is ever kept as content.
 */

export interface ChatTalk {
  /** What the questions asked are about, each once, in the order asked. */
  topics: ChatTopic[];
  /** The person said the bot got something wrong (didn't listen, kept the wrong thing, asks again). */
  complaint: boolean;
  /** The answer said beside the talk ('' when there is none worth keeping). */
  answer: string;
  /** What "wat about villa park" asks about ("villa park"), when a question names a thing. */
  about?: string;
  /** "i asked you a question, can my mum come?": a question beside "you didnt answer" that the bot cannot read, as typed. */
  unclear?: string;
  /** A short answer said beside the talk ("wat code. no i dont hav one"): an answer only where it is a choice of a closed question. */
  short?: string;
}

/** "what happens next? who checks the school is doing it": a question of their own beside another is never an answer. */
const OWN_QUESTION = /^(?:who|which)\b.*\b(?:checks?|make sure|makes sure|does|doing|follows?|gives?|pays?|decides?)\b|^(?:will|would|does|do|did|has|should|can)\s+(?:anyone|anybody|someone|somebody|they|the school|the council|the teachers?)\s+(?:check|make sure|do|follow|give|pay|decide|really|actually|ever)\b/;

/** Words that only lead up to the answer: "fine just say", "I want to say", "ok so", "I said" after a complaint. */
const ANSWER_LEAD =
  /^(?:(?:fine|ok|okay|alright|right|so|well|anyway|then|whatever|like|um+|ugh+)[\s,]+)*(?:(?:just|please)\s+)?(?:(?:i\s+(?:want|wanted|would like|will|wanna)\s+(?:to\s+)?(?:say|tell you|answer)|(?:just\s+)?(?:say|put|write|type|keep)|(?:the\s+)?answer\s+is|my\s+answer\s+(?:is|was)|(?:what\s*'?s|what\s+is)\s+hard\s+(?:is|for\s+me\s+is)|the\s+hard\s+(?:thing|part|bit)\s+is|what\s+i\s+(?:mean|meant|said|wanted to say)\s+(?:is|was)|i\s+(?:said|meant|asked\s+for)(?=\s+\S+\s+\S))[\s,:-]+)?/i;

/** "just keep it", "keep it as it is": after "keep" only what points back at it is left, so "keep" is the answer itself, never a lead. */
const POINTER_ONLY = /^(?:it|that|this|them|that one|this one|(?:it\s+)?(?:as it is|as is|like that|the same))[\s.!]*$/i;

function withoutLead(text: string): string {
  const stripped = text.replace(ANSWER_LEAD, '');
  return stripped !== text && POINTER_ONLY.test(stripped.trim()) ? text : stripped;
}

const SHORT_BESIDE = 5;

/** Only puzzled by the chat: "what??", "huh?", "eh". */
const PUZZLED_ONLY = /^(?:what|wat|wut|huh|eh|wdym|what do you mean)\s*[?!.]*$/i;

/** "what i want", "my hopes", "all of it": words that point back at an answer, never a new one. */
const POINTS_BACK = String.raw`(?:what\s+(?:i|we|he|she|they)\s+(?:want|wanted|need|needed|said|say|like|mean|meant|told\s+you)|(?:my|his|her|our|their|the)\s+(?:hopes?|dreams?|answers?|goals?|wishes|needs?)|all\s+(?:of\s+)?(?:it|that|this|them)|everything|them|those|these)(?:\s+(?:already|before|earlier|again|too))*$`;
/** "i said no code", "i already told you no": what is said again, never "that", "it", "so" or "what i want". */
/** "lol", "haha", "lmao": a laugh after "i just said" is never the words said again ("i just said lol. ella" is Ella). */
const LAUGH_ONLY = String.raw`(?:(?:lo+l+z?|a?(?:ha|he){2,}h*|lmf?a+o+|rofl|omg|xd+)\s*)+$`;
const RESTATED_WORDS = new RegExp(String.raw`^(?:i\s+)?(?:already\s+|just\s+|literally\s+)*(?:said|say|told\s+you|answered|put|wrote)\s+(?!(?:that|it|this|so|already|before|you|me|earlier)\b)(?!${POINTS_BACK})(?!${LAUGH_ONLY})([a-z0-9 ]{1,80})$`);
// Words in a piece beside the talk too short to keep, unless led up to or restated.

function tidy(answer: string): string {
  return answer.replace(/\s+/g, ' ').replace(/^[\s,;:.!?-]+/, '').replace(/[\s,;:-]+$/, '').replace(/\.{2,}$/, '').trim();
}

/**
 * Questions and complaints to the bot, with the answer said beside them; null when the message has
 * none (then it is an answer, or other talk the aside reader handles). `restatedIsAnswer`: what is
 * said again after "i already told you" answers the open question (at an outcome's own questions).
 * `answerBesideOwnQuestion`: a whole answer said beside a question of their own is kept (at the first
 * outcome question, "get the bus on my own. is there an app for bus times?" says the step and asks).
 */
export function readChatTalk(text: string, options: { restatedIsAnswer?: boolean; answerBesideOwnQuestion?: boolean } = {}): ChatTalk | null {
  if (text.length > 600) return null;
  const read = readPieces(text);
  // "Is it problem?" beside "I dont have code" is about the code; "How I do it?" beside "I want to add a new hope" is how to add one.
  const context = read.filter((p) => !p.topic && !p.complaint).map((p) => plain(p.text)).join(' ');
  const asked = read.some((p) => p.topic && p.topic !== 'isItOk');
  // "like the teacher tells me?" asks whether that is meant only beside "what do u mean?"; alone it is an answer.
  const meaningAsked = read.some((p) => p.topic === 'meaning');
  const pieces = read.map((p) => {
    if (p.topic === 'likeThis' && !meaningAsked) {
      const { about: _example, ...answer } = p;
      return { ...answer, topic: null };
    }
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
  // "you never answered me, can my mum come to the meeting?": the question is right there; the bot says which part it could not read.
  const unclear = topics.length === 1 && topics[0] === 'notAnswered' ? pieces.find((p) => !p.topic && !p.complaint && p.asks)?.text : undefined;
  if (unclear) return { topics, complaint: true, answer: '', unclear: tidy(unclear) };
  const rest = pieces.filter((p) => !p.topic && !p.complaint && !p.lead);
  const kept = rest.filter((p) => !isOnlyContextFor(p, topics));
  const led = kept.map((p, i) => (i === 0 ? withoutLead(withoutTheirReading(p.text)) : p.text));
  // "type what?? i said yes its right": a puzzled word after a lead ("type") is never the answer.
  const answer = PUZZLED_ONLY.test(tidy(led.join(' '))) ? '' : tidy(led.join(' '));
  const leadUsed = kept.length > 0 && kept[0]!.text.trim() !== led[0]!.trim();
  const restated = talk.some((p) => p.restates) && options.restatedIsAnswer === true;
  // "coping at secondary. also you never saved the date": the remark is about another part; the words beside it answer.
  const besideRemark = topics.includes('dateKept');
  // "By Easter maybe? Is it too fast?": the question is about the answer beside it, which stays an answer.
  const checked = topics.includes('isItOk');
  const long = plain(answer).split(' ').filter(Boolean).length > SHORT_BESIDE;
  // The question itself is never the answer; a whole answer beside it is, where the step keeps one.
  // "can Zofia go to normal school? I worry about this": what is left still asks, so nothing is kept.
  const stillAsks = /\?|^\s*(?:can|could|will|would|is|are|do|does|did|what|why|how|when|where|who|should|shall)\b/i.test(answer);
  if (options.answerBesideOwnQuestion && answer && long && !stillAsks && topics.every((t) => t === 'otherQuestion')) return { topics, complaint: talk.some((p) => p.complaint), answer };
  // Their own question ("can Zofia go to a normal school?"), or a hope to add later, is never kept as an answer here.
  if (topics.includes('otherQuestion') || topics.includes('rightsQuestion') || topics.includes('howToAdd') || topics.includes('smart') || topics.includes('planAsk') || topics.includes('planBelongs') || topics.includes('whichPeople') || topics.includes('howToJoin')) return { topics, complaint: talk.some((p) => p.complaint), answer: '' };
  // "wat about villa park": the thing asked about waits for the person's own sentence about it.
  const about = talk.find((p) => p.about)?.about;
  // "What do you mean by hard, like what stops her? She gets very tired after lunch.": yes, and the long answer beside it is kept.
  if (about && topics.includes('likeThis') && long) return { topics, complaint: talk.some((p) => p.complaint), answer, about };
  if (about) return { topics, complaint: talk.some((p) => p.complaint), answer: '', about };
  // "I said no code": the words said again in the complaint itself are the answer, where what is said again answers.
  const restatedWords = restated ? talk.map((p) => RESTATED_WORDS.exec(plain(p.text))?.[1] ?? '').find(Boolean) : undefined;
  const saidAgain = answer ? '' : restatedWords;
  if (saidAgain) return { topics, complaint: true, answer: saidAgain };
  // "i already said end of year 5. sooner would be nice mind": the words said again lead the answer, the remark stays beside them.
  if (answer && restatedWords && talk[0] === pieces[0]) return { topics, complaint: true, answer: `${restatedWords.replace(/\s+(?:already|before|earlier|b4)$/, '')}. ${answer}` };
  if (answer && (long || leadUsed || restated || checked || besideRemark)) return { topics, complaint: talk.some((p) => p.complaint), answer };
  return { topics, complaint: talk.some((p) => p.complaint), answer: '', ...(answer ? { short: answer } : {}) };
}

/** "delete", "get rid", "take it off" anywhere in what is said beside: only verbs that are never nouns ("bin" is one). */
const TAKE_OUT_IN_CONTEXT = new RegExp(String.raw`\b(?:${TAKE_OUT_WORD}|get rid|take (?:it )?(?:out|away|off))\b`);
/** "I want to delete a hope": said only to set up the question how. */
const WANTS_TO_TAKE_OUT = new RegExp(String.raw`^(?:i\s+(?:want|would like|wanna|need)\s+(?:to\s+)?${TAKE_OUT_WORD})\b`);

/** What a vague question ("is it problem?", "how i do it?") is about, from the sentences beside it. */
function topicOfContext(context: string, fallback: ChatTopic | null): ChatTopic | null {
  if (/\bcodes?\b/.test(context)) return 'code';
  if (TAKE_OUT_IN_CONTEXT.test(context)) return 'howToRemove';
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
  // "it said it couldnt find my mum" beside "did it change the sentence?": what the bot wrote, never an answer.
  if (topics.includes('whichOutcome') && /^(?:it|you|the bot)\s+(?:said|says|put|wrote|writes|has put)\b/.test(said) && said.split(' ').length <= 12) return true;
  if (topics.includes('code') && /\bcodes?\b/.test(said) && said.split(' ').length <= 8) return true;
  if (topics.includes('howToAdd') && /^(?:i\s+(?:want|would like|wanna|need)\s+(?:to\s+)?add|(?:can|could)\s+i\s+add)\b.*\b(?:hope|dream|one|thing)$/.test(said)) return true;
  if (topics.includes('howToRemove') && WANTS_TO_TAKE_OUT.test(said)) return true;
  return false;
}
