import type { DialogContext, DialogTurnResult } from './dialogKit';
import { earlierQuestionAsked } from '../src/language/earlierQuestion';
import type { ChatHost } from './chatTalk';
import { Stage, Step, type StepId } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "sorry what was the question about strengths", "no. delete that. go back to the help question" at
 * an "about me" question: the question they name is asked again and every answer is kept. Read
 * before any take-back or yes / no, so it is never new words for the last answer nor a "not always".
 */

export const EARLIER_QUESTION_AGAIN = 'common:earlierQuestionAgain';

/** The "about me" questions in order, each with the words people use to name it. */
const ABOUT_ME_QUESTIONS: ReadonlyArray<{ step: StepId; named: RegExp }> = [
  { step: Step.aboutMeStrengths, named: /\b(?:strengths?|strenghts?|good at|great at|skills?)\b/ },
  { step: Step.aboutMeImportant, named: /\b(?:important|matters?)\b/ },
  { step: Step.aboutMeSupport, named: /\b(?:help|helps|support)\b/ },
];

/** The turn's result when an earlier "about me" question was asked for again; undefined otherwise. */
export async function openEarlierQuestion(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (at?.stage !== Stage.aboutMe) return undefined;
  const words = earlierQuestionAsked(text);
  if (!words) return undefined;
  const open = ABOUT_ME_QUESTIONS.findIndex((q) => q.step === at.step);
  const asked = ABOUT_ME_QUESTIONS.findIndex((q, i) => q.named.test(words) && (open < 0 || i < open));
  if (asked < 0) return undefined;
  await sayAll(inner.context, session.t, [{ key: EARLIER_QUESTION_AGAIN }]);
  return host.openAt(inner, { stage: Stage.aboutMe, step: ABOUT_ME_QUESTIONS[asked]!.step });
}
