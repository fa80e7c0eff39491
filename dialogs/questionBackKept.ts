import { readQuestionAsked } from '../src/language/questionAsked';
import { readQuestionBackUnanswered } from '../src/language/questionBackKept';
import { normaliseMessage } from '../src/language/text';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { runCommand } from './commands';
import { keptAt, undoLastAnswer } from './correction';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "thats not lovely i said i dont know. you didnt answer what people": a question back was kept as
 * the answer before and praised. It is taken out, the bot says sorry, explains the question it was
 * about and asks that question again. With nothing of the kind kept, the open question is explained.
 */

export const QuestionBackKeptText = {
  /** The question back was kept as an answer: taken out, then explained. */
  takenOut: 'common:puzzled.questionKept',
  /** Nothing was kept: sorry, then the open question explained. */
  notAnswered: 'common:puzzled.notAnswered',
} as const;

/** Whether everything the question before kept is a question back ("what people"), or the words they say they asked. */
async function questionKeptBefore(session: JourneySession, asked: string): Promise<boolean> {
  const before = session.journey.history.at(-1);
  if (!before || before.stage !== session.journey.position?.stage) return false;
  const kept = await keptAt(session, before);
  const plainAsked = normaliseMessage(asked);
  return kept.length > 0 && kept.every(({ text }) => text !== undefined && (readQuestionAsked(text) !== null || (plainAsked !== '' && normaliseMessage(text) === plainAsked)));
}

/** The turn's result when the message says a question back went unanswered; undefined otherwise. */
export async function answerQuestionBackKept(inner: DialogContext, host: ChatHost, text: string, steps: ReadonlySet<string>): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || !steps.has(at.step)) return undefined;
  const read = readQuestionBackUnanswered(text);
  if (!read) return undefined;
  const undone = (await questionKeptBefore(session, read.asked)) ? await undoLastAnswer(session) : undefined;
  // "you didnt answer my question" with no question back kept: the chat's own sorry answers it.
  if (!undone && !read.asked) return undefined;
  if (undone && !host.hasStage(undone.position.stage)) return host.openAt(inner, undone.position);
  await sayAll(inner.context, session.t, [{ key: undone ? QuestionBackKeptText.takenOut : QuestionBackKeptText.notAnswered }]);
  // The help of the question now open: the one the question back was about, when it was taken out.
  return host.after(inner, await runCommand(inner, session, 'help'));
}
