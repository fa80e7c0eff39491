import { readDataQuestion } from './dataQuestion';
import { readBotChat } from './botChat';
import { normaliseMessage } from './text';

/*
 * A question to the bot said beside an answer: "ye thats fine wait will my teachers see this",
 * "ye mostly. is this gonna take long", "nah. u didnt say how long this takes", "proud i guess.
 * can i skip some of these", "why are there so many questions" (how long is left is its answer). The answer is the answer; the question is answered too, and never
 * kept with it.
 */

/** 'aboutTheBot': "do u hav a pet? oh wait ur a robot" at the end of an answer, only about the bot. */
export type QuestionBesideKind = 'whoSees' | 'kept' | 'howLong' | 'skip' | 'aboutTheBot';

export interface QuestionBeside {
  /** The answer, without the question. */
  answer: string;
  kind: QuestionBesideKind;
  /** The question as typed, for the readers that answer it. */
  question: string;
}

/** "is this gonna take long", "how long does this take", "u didnt say how long this takes". */
const HOW_LONG =
  /^(?:(?:but|and|so|also|wait|oh|btw)\s+)*(?:(?:you|u)\s+(?:didnt|did not|never|havent)\s+(?:say|said|tell|told)\s+(?:me\s+)?)?(?:how\s+long\s+(?:is\s+|does\s+|will\s+|do\s+|would\s+)?(?:this|it|the\s+chat|these\s+questions|all\s+this)(?:\s+(?:gonna\s+|going\s+to\s+)?(?:take|takes|last|lasts|go\s+on|goes\s+on|be))?(?:\s+(?:for|again|then))?|(?:is|will|does|would)\s+(?:this|it|the\s+chat)\s+(?:be\s+)?(?:gonna\s+|going\s+to\s+)?(?:take\s+)?(?:long|ages|much\s+longer|forever)|how\s+(?:many|much)\s+(?:more|left)(?:\s+\w+)?|why\s+(?:are\s+there|is\s+there|r\s+there|do\s+(?:you|u)\s+(?:ask|need)|does\s+it\s+ask)\s+(?:so\s+many|all\s+these|this\s+many|so\s+much)\s+(?:questions|qs|stuff))$/;

/** What may be skipped: the questions, never school or a lesson ("can i skip school" is no question to the bot). */
const SKIPPED = String.raw`(?:(?:some|any|one|a\s+few|all)(?:\s+of)?\s*)?(?:these|this|that|them|it|those|questions?|ones?|bits?|parts?)?(?:\s+(?:questions?|ones?|bits?|parts?))?(?:\s+(?:then|please|pls))?`;
/** "can i skip some of these", "do i have to answer all of them", "can we skip this bit". */
const SKIP = new RegExp(
  String.raw`^(?:(?:but|and|so|also|wait|oh|btw)\s+)*(?:(?:can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:skip|miss\s+out|leave\s+out|not\s+answer)(?:\s+${SKIPPED})?|(?:do|must)\s+i\s+(?:have\s+to|need\s+to|gotta)\s+answer\s+(?:all|every|each|them\s+all)(?:\s+\w+){0,3}|(?:is|are)\s+(?:there\s+a\s+way|it\s+ok(?:ay)?)\s+to\s+skip(?:\s+${SKIPPED})?)$`);

function kindOf(clause: string): QuestionBesideKind | null {
  const said = normaliseMessage(clause);
  if (!said) return null;
  const data = readDataQuestion(said);
  if (data?.whoSees) return 'whoSees';
  if (data?.kept) return 'kept';
  if (HOW_LONG.test(said)) return 'howLong';
  if (SKIP.test(said)) return 'skip';
  // Every sentence of it talks about the bot: "do u hav a pet? oh wait ur a robot".
  const sentences = clause.split(/[.?!]+/).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  if (sentences.length > 0 && sentences.every((s) => readBotChat(s) === 'aboutTheBot')) return 'aboutTheBot';
  return null;
}

/** Where a question may start: after a mark, or after "wait", "but", "and" said between. */
const STARTS = /(?:[.,;!?…]+\s*|\s+(?=(?:wait|but|and|also|oh|btw|so)\s))/g;
/** Words that led into the question and stay behind with the answer: "ye thats fine wait". */
const LEFT_BEHIND = /[\s,;:-]+(?:wait|but|and|also|oh|btw|so)[\s,.!]*$/i;

/** Words that start a question of their own. */
const ASKED = /^(?:what|wat|who|how|when|where|why|which|can|could|will|would|does|do|is|are|am|must|shall|should)\b/;

/** The answer and the question beside it; null when the message holds no such question, or nothing else. */
export function readQuestionBeside(text: string): QuestionBeside | null {
  if (text.length > 300) return null;
  for (const found of text.matchAll(STARTS)) {
    const cut = found.index! + found[0].length;
    const head = text.slice(0, found.index).replace(LEFT_BEHIND, '').trim();
    const question = text.slice(cut).trim();
    // "is this going to the council? im his dad": the question first, the answer after it (only across a mark).
    const askedFirst = /[.?!]/.test(found[0]) && /\p{L}/u.test(question) && !ASKED.test(normaliseMessage(question)) ? kindOf(head) : null;
    if (askedFirst) return { answer: question, kind: askedFirst, question: head };
    // "What happen next, who see this plan?": a question beside a question is no answer.
    if (!/\p{L}/u.test(head) || !question || ASKED.test(normaliseMessage(head))) continue;
    const kind = kindOf(question);
    if (kind) return { answer: head, kind, question };
  }
  return null;
}
