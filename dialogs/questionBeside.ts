import type { TurnContext } from 'botbuilder';
import { readQuestionBeside } from '../src/language/questionBeside';
import { answerAfterMeaningAsked } from '../src/language/meaningFirst';
import { questionExplained } from './commands';
import { answeredDataQuestion } from './dataAsked';
import { Step } from './ids';
import { progressOf, sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "ye thats fine wait will my teachers see this", "proud i guess. can i skip some of these": the
 * question beside the answer is answered first, then the answer goes on to the open question
 * without it. The name question reads its own asides.
 */

export const QuestionBesideText = {
  howLong: 'common:howLong',
  skipAny: 'common:skipAnyQuestion',
  /** "do u hav a pet? oh wait ur a robot": a computer program, so no pets or likes. */
  aboutTheBot: 'common:botChat.besideAnswer',
} as const;

/** The answer without the question beside it, once that question is answered; null when there is none. */
export async function answerQuestionBeside(context: TurnContext, session: JourneySession, text: string): Promise<string | null> {
  const at = session.journey.position;
  if (!at || at.stage === 'review' || at.step === Step.welcomeName) return null;
  // "what do you mean provide? she needs speech therapy every week": the question explained, the rest is the answer.
  const afterMeaning = answerAfterMeaningAsked(text);
  if (afterMeaning) {
    await sayAll(context, session.t, await questionExplained(session));
    return afterMeaning;
  }
  const beside = readQuestionBeside(text);
  if (!beside) return null;
  if (beside.kind === 'whoSees' || beside.kind === 'kept') {
    if (!(await answeredDataQuestion(context, session, beside.question))) return null;
  } else if (beside.kind === 'aboutTheBot') {
    await sayAll(context, session.t, [{ key: QuestionBesideText.aboutTheBot }]);
  } else if (beside.kind === 'howLong') {
    await sayAll(context, session.t, [{ key: QuestionBesideText.howLong, vars: progressOf(at.stage) }]);
  } else {
    await sayAll(context, session.t, [{ key: QuestionBesideText.skipAny }]);
  }
  return beside.answer;
}
