import { readSaidBefore } from '../src/language/saidBefore';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { Step } from './ids';
import { steppedBack } from './journey';
import { sayAll } from './say';
import { sessionOf } from './session';
import { keepSafeNeedAnswer } from './safeguardingNeed';
import { Asking } from './safeguardingQuestions';

/*
 * "i said yes. you said it wont go in my plan": the answer to the question before was read the
 * wrong way. The bot says sorry and does what the answer meant: a yes to putting feeling safe in
 * the plan adds it; a yes or no to "another one?" is taken there again. When it cannot tell what
 * to redo, it says sorry and asks the open question again. Never kept as an answer.
 */

export const SaidBeforeText = {
  sorry: 'common:saidBefore.sorry',
} as const;

/** Yes / no questions whose answer can be given again from the question after them. */
const YES_NO_STEPS: ReadonlySet<string> = new Set([Step.hopesMore, Step.needsMore, Step.outcomeAnother]);

/** The turn's result when the message said the last yes or no was read wrongly; undefined otherwise. */
export async function answerSaidBefore(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const told = readSaidBefore(text);
  if (!at || !told || at.stage === 'welcome' || at.stage === 'review') return undefined;
  const previous = session.journey.history.at(-1);
  // The offer to say in the plan that they need to feel safe somewhere, turned down by mistake.
  if (previous?.step === Step.safeguardingCheck && previous.data?.asking === Asking.need && previous.data.place) {
    const draft = await session.draft();
    const needs = draft?.needs.length ?? 0;
    if (told.said === 'yes') {
      const kept = await keepSafeNeedAnswer(session, previous.data.place, 'yes');
      const added = ((await session.draft())?.needs.length ?? 0) > needs;
      await sayAll(inner.context, session.t, added ? [{ key: SaidBeforeText.sorry }, ...kept] : [{ key: SaidBeforeText.sorry }]);
      return host.reprompt(inner);
    }
  }
  // "i said no" just after "another hope?" moved on as a yes (or the other way round): that question is answered again.
  const back = steppedBack(session.journey);
  if (back?.position && previous && YES_NO_STEPS.has(previous.step) && previous.step !== at.step && host.hasStage(previous.stage) && (told.complains || previous.stage === at.stage)) {
    await session.updateJourney(() => ({ ...back, revisiting: false }));
    await sayAll(inner.context, session.t, [{ key: SaidBeforeText.sorry }]);
    return host.answerWith(inner, previous, told.said);
  }
  if (!told.complains) return undefined;
  // Nothing here to do again: sorry, nothing kept, and the open question again.
  await sayAll(inner.context, session.t, [{ key: SaidBeforeText.sorry }]);
  return host.reprompt(inner);
}
