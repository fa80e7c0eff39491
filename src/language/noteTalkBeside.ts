import { normaliseMessage, sentencesOf } from './text';

/*
 * Talk about the note of a worry, said beside an answer to a plan question (read on a piece's plain words,
 * chatPieces.ts): "what adult??" and "you said no one reads this" ask who reads what they told; "i havent
 * taken anything back either, im just saying its not abuse" says what they meant about the note. Neither is
 * the answer to the question, and neither is kept as one. Each pattern is the whole piece, from its first word
 * to its last, in a few everyday words: anything else in the piece ("what adult hurt him") is read as ever.
 */

/**
 * "what adult??", "which adult", "what adults", "who is the adult": who the bot meant. "which people?" is not
 * here: at a question about people it asks who the question means (whichPeople.ts).
 */
const WHAT_ADULT = /^(?:what|which|wat|wot|who)\s+(?:(?:is|s)\s+(?:the|that|this)\s+)?(?:adult|adults|person)(?:\s+(?:is\s+that|do\s+you\s+mean|are\s+you\s+on\s+about))?$/;

/** "you said no one reads this", "you said nobody would see it": what the bot said about who reads, said back. */
const SAID_NOBODY_READS =
  /^(?:but\s+|and\s+)?(?:you|u)\s+(?:said|told\s+me|told\s+us)\s+(?:that\s+)?(?:no\s*one|nobody|noone|no\s+body)\s+(?:reads|read|would\s+read|will\s+read|sees|see|would\s+see|will\s+see|can\s+see|watches|looks\s+at)\s+(?:this|it|that|these|my\s+answers|the\s+chat|this\s+chat|what\s+i\s+(?:say|said|write|type))$/;

/** "i havent taken anything back", "im not taking it back": nothing was said to be a mix-up. */
export const NOTHING_TAKEN_BACK =
  /\b(?:i\s+(?:havent|have\s+not|ve\s+not|didnt|did\s+not|never)\s+(?:taken|take|took)\s+(?:anything|it|that|owt|nothing)\s+back|(?:im|i\s+am|i\s+m)\s+not\s+taking\s+(?:anything|it|that)\s+back)\b/;

/** Words that may stand beside it in the same piece: "either", "im just saying its not abuse". */
const NOT_ABUSE_BESIDE = /^(?:either|too|though|tho|at\s+all|(?:(?:im|i\s+am|i\s+m)\s+(?:just\s+|only\s+)?saying\s+)?(?:its|it\s+is|thats|that\s+is|this\s+is)\s+not\s+abuse)(?:\s+(?:either|too|though|tho|at\s+all|(?:(?:im|i\s+am|i\s+m)\s+(?:just\s+|only\s+)?saying\s+)?(?:its|it\s+is|thats|that\s+is|this\s+is)\s+not\s+abuse))*$/;

/** The whole piece says only that nothing was taken back, and that it is not abuse. */
const REMARK_ON_THE_NOTE = (said: string): boolean => {
  const found = NOTHING_TAKEN_BACK.exec(said);
  if (!found || found.index !== said.search(/\S/)) return false;
  const rest = said.slice(found.index + found[0].length).trim();
  return rest === '' || NOT_ABUSE_BESIDE.test(rest);
};

/** What a piece of talk about the note is: a question who reads it, or a remark on it; undefined when it is neither. */
export function noteTalkBeside(said: string): 'whoSees' | 'remark' | undefined {
  const plain = said.trim();
  if (WHAT_ADULT.test(plain) || SAID_NOBODY_READS.test(plain)) return 'whoSees';
  if (REMARK_ON_THE_NOTE(plain)) return 'remark';
  return undefined;
}

/** Whether the message says nothing was taken back ("i havent taken anything back"): no note is marked as a mix-up. */
export const saysNothingTakenBack = (said: string): boolean => NOTHING_TAKEN_BACK.test(said);

/**
 * The message without its sentences that only talk about the note (each whole sentence, as noteTalkBeside reads it),
 * so the rest is read for harm as if typed alone; null when no sentence is such talk. "what adult?? his dad hits him"
 * keeps "his dad hits him".
 */
export function withoutNoteTalk(text: string): string | null {
  const sentences = sentencesOf(text);
  const kept = sentences.filter((sentence) => noteTalkBeside(normaliseMessage(sentence)) === undefined);
  return kept.length === sentences.length ? null : kept.join(' ');
}
