import { asksIfNoIsEnough } from '../src/language/noWithInstruction';
import type { DialogContext } from './dialogKit';
import { Step } from './ids';
import { isChoiceOfOpenQuestion } from './openQuestion';
import { sayAll } from './say';
import { sessionOf } from './session';
import { understandChoice } from './understand';

/*
 * "i said no. i only have 2 hopes. is 2 allowed" at "add another outcome?", "no. how many can i
 * have?" at "another hope?": at every yes / no question the question is answered (yes, that is
 * fine), and the no is the answer. At "add another outcome?" the outcome just agreed stays agreed.
 * Never at "do you feel safe?": a no there is always heard as one.
 */

export const NoWithQuestionText = {
  /** "Yes, that's fine. You can have as many as you want." */
  enough: 'common:enoughAsked',
  hopes: 'hopes:more.enoughAsked',
  outcomes: 'outcome:another.enoughAsked',
} as const;

const ENOUGH_AT: Readonly<Record<string, string>> = {
  [Step.hopesMore]: NoWithQuestionText.hopes,
  [Step.outcomeAnother]: NoWithQuestionText.outcomes,
};

/** True when the message was a no with "is that enough?" at a yes / no question: answered, and the message is now just "no". */
export async function answerNoWithQuestion(inner: DialogContext, text: string): Promise<boolean> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.step === Step.aboutMeSafe || !asksIfNoIsEnough(text)) return false;
  // Only where a plain "no" answers the open question, and differently from a "yes".
  const yesOrNo = await isChoiceOfOpenQuestion(inner, 'no', (no, question, words) => {
    const said = understandChoice(no, question, words);
    return said !== undefined && said !== understandChoice('yes', question, words);
  });
  if (!yesOrNo) return false;
  await sayAll(inner.context, session.t, [{ key: ENOUGH_AT[at.step] ?? NoWithQuestionText.enough }]);
  // Told that any number is fine, they are not then pushed for a third outcome ("Most plans have at least three").
  if (at.step === Step.outcomeAnother) {
    await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...(j.position.data ?? {}), encouraged: '1' } } } : j));
  }
  inner.context.activity.text = 'no';
  return true;
}
