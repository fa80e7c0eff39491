import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * "Known what, which one? For the science, Miss Patel could tell me Tia did the experiment with her
 * own hands": short questions back to the bot, then the answer. The questions are never kept; what
 * follows them is the answer, without "for the science," that only said which one it is about.
 * "id have a place on it?? obviously lol" has no answer after its question mark: it is read whole.
 */

export interface QuestionBefore {
  /** The answer after the questions. */
  rest: string;
  /** "which one?": they asked which outcome this is about. */
  asksWhich: boolean;
}

const MAX_QUESTION_WORDS = 8;
const MIN_ANSWER_WORDS = 4;
/** A question asked back: it has a question word, or only asks to hear it again. */
const ASKS_BACK = /\b(?:what|wat|wot|which|who|how|why|huh|eh|pardon|sorry|mean)\b/;
/** "For the science," "for reading," "about the swimming one,": which one it is about, said before the answer. */
const WHICH_LEAD = /^(?:for|about|with|on)\s+(?:the\s+|her\s+|his\s+|my\s+|their\s+)?(?:\S+\s+){0,2}?\S+\s*(?:one|bit|thing)?\s*[,:-]\s+/i;

export const questionBeforeAnswer = readOnce(questionBeforeAnswerAfresh);
function questionBeforeAnswerAfresh(text: string): QuestionBefore | null {
  const sentences = (text.match(/[^.?!\n]+[.?!\n]*/g) ?? []).map((s) => s.trim()).filter((s) => normaliseMessage(s));
  const questions: string[] = [];
  for (const s of sentences) {
    if (!s.includes('?')) break;
    // "the bus?" takes up the bot's example: only a question to the bot ("known what, which one?") is dropped.
    if (normaliseMessage(s).split(' ').length > MAX_QUESTION_WORDS || !ASKS_BACK.test(normaliseMessage(s))) return null;
    questions.push(s);
  }
  if (questions.length === 0 || questions.length === sentences.length) return null;
  const answer = sentences.slice(questions.length).join(' ');
  const rest = answer.replace(WHICH_LEAD, '').trim();
  if (normaliseMessage(rest).split(' ').length < MIN_ANSWER_WORDS) return null;
  return { rest, asksWhich: questions.some((q) => /\bwhich\b/.test(normaliseMessage(q))) };
}
