import { noWithEnoughAsked } from '../src/language/enoughAsked';
import type { DialogContext } from './dialogKit';
import { Step } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "i said no. i only have 2 hopes. is 2 allowed" at "add another outcome?": the question is
 * answered (yes, that is fine), and the no is the answer. The outcome just agreed stays agreed.
 */

export const ENOUGH_ASKED = 'outcome:another.enoughAsked';

/** True when the message was a no with "is that enough?": answered, and the message is now just "no". */
export async function answerEnoughAtAnother(inner: DialogContext, text: string): Promise<boolean> {
  const session = sessionOf(inner.context);
  if (session.journey.position?.step !== Step.outcomeAnother || !noWithEnoughAsked(text)) return false;
  await sayAll(inner.context, session.t, [{ key: ENOUGH_ASKED }]);
  // Told that any number is fine, they are not then pushed for a third ("Most plans have at least three").
  await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...(j.position.data ?? {}), encouraged: '1' } } } : j));
  inner.context.activity.text = 'no';
  return true;
}
