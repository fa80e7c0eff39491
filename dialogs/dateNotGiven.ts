import { markItemChanged, updateOutcome } from '../src/domain/draft';
import { outcomePartItemId } from '../src/domain/itemIds';
import { quoteOf } from '../src/language';
import { dateNotGiven } from '../src/language/dateNotGiven';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { Stage, Step } from './ids';
import { coachContextOf } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "i didn't give a date for this one. work experience is in july. so by the end of this school year."
 * at an outcome's questions: the outcome being made gets the date they give now, said back, and the
 * open question (the measure, say) is asked again. None of it is kept as an answer to that question.
 */

/** The turn's result when the message puts right a date never given; undefined when it does not. */
export async function answerDateNotGiven(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // At "by when?" the time is the answer itself, read by that question.
  if (!at || at.stage !== Stage.outcomes || at.step === Step.outcomeWhen) return undefined;
  const draft = await session.draft();
  const outcome = draft ? unfinishedOutcome(draft, at.topic, at.data?.outcomeId) : undefined;
  const timeframe = draft && outcome ? dateNotGiven(text, coachContextOf(draft, session.today)) : null;
  if (!outcome || !timeframe) return undefined;
  await session.updateDraft('date put right in the chat', (d) => markItemChanged(updateOutcome(d, outcome.id, { timeframe }), outcomePartItemId(outcome.id, 'when'), session.today));
  await sayAll(inner.context, session.t, [{ key: T.dateChanged, vars: { when: quoteOf(timeframe.phrase) } }]);
  return host.reprompt(inner);
}
