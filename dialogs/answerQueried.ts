import type { TurnContext } from 'botbuilder';
import { readAnswerQueried, type AnswerQuery } from '../src/language/answerQueried';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "Why Samaritans?", "What does worrying mean", "what is not my fault?" after the safeguarding
 * answer: someone who reads words literally asked what our own words mean. Each gets a short, true,
 * literal answer, then the open question again; never "Sorry, I missed your question", never kept.
 */

export const AnswerQueriedText = {
  numbers: 'safeguarding:answerQueried.numbers',
  glad: 'safeguarding:answerQueried.glad',
  worrying: 'safeguarding:answerQueried.worrying',
  notMyFault: 'safeguarding:answerQueried.notMyFault',
} as const;

const ANSWER: Record<AnswerQuery, string> = {
  numbers: AnswerQueriedText.numbers,
  worrying: AnswerQueriedText.worrying,
  notMyFault: AnswerQueriedText.notMyFault,
};

/** The answer to a question about the safeguarding answer this message opens with, or none. */
export function answerQueriedWords(text: string, answeredAlready = false): Words[] {
  const asked = readAnswerQueried(text);
  if (!asked) return [];
  // "... i dont want to kill myself": the numbers were not a guess about them, and that is good to hear.
  // Asked in words another reader answers already ("why did u send me those numbers?"): only the glad line is added.
  return [...(answeredAlready ? [] : [{ key: ANSWER[asked.asks] }]), ...(asked.denies ? [{ key: AnswerQueriedText.glad }] : [])];
}

/**
 * At a plan question after a note was made: the whole message is such a question (perhaps with a plain
 * denial beside it), answered, and the open question asked again. False when it is anything more.
 */
export async function answeredAnswerQueried(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!readAnswerQueried(text)?.whole) return false;
  const flags = (await session.draft())?.flags ?? [];
  if (flags.length === 0) return false;
  await sayAll(context, session.t, answerQueriedWords(text));
  return true;
}
