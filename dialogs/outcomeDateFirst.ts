import { Step } from './ids';
import type { Position } from './journey';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * An outcome is never read back for a yes without its date. When "by when?" was left earlier (two
 * replies without a time, or "skip"), it is asked once more, kindly and with its choices, before the
 * read-back. Missed again, it is asked with its buttons only; skipped, the outcome is kept as it
 * stands, not agreed, and the key worker helps with the date.
 */

/** Position data at outcome.when: the date asked for just before the read-back. */
export const DATE_FIRST = 'dateFirst';
/** The stage's mark of a question asked with its buttons only (see StageDialog). */
const TAP = 'tap';

type Goal = Omit<Position, 'stage'>;

/** The read-back that would come next, or "by when?" first when the outcome has no date yet. */
export async function datedBeforeReadBack(session: JourneySession, next: Next): Promise<Next> {
  const goTo = next.goTo;
  if (!goTo || goTo.step !== Step.outcomeConfirm || !goTo.data?.outcomeId) return next;
  const outcome = (await session.draft())?.outcomes.find((o) => o.id === goTo.data?.outcomeId);
  if (!outcome || outcome.timeframe || outcome.confirmed) return next;
  const ask: Goal = { step: Step.outcomeWhen, ...(goTo.topic ? { topic: goTo.topic } : {}), data: { outcomeId: outcome.id, own: '1', [DATE_FIRST]: '1' } };
  return { ...next, goTo: ask };
}

export function isDateFirst(position: Pick<Position, 'step' | 'data'>): boolean {
  return position.step === Step.outcomeWhen && Boolean(position.data?.[DATE_FIRST]);
}

/** Missed again just before the read-back: the buttons only, in the other of their two wordings. */
export function withButtonsOnly(position: Position): Next {
  const data = position.data ?? {};
  const { stage: _stage, ...at } = position;
  return { goTo: { ...at, data: { ...data, [TAP]: data[TAP] === '1' ? '2' : '1' } } };
}

/** "Skip" just before the read-back: the outcome stays as it is, not agreed, and the chat moves on. */
export function keptWithoutDate(onward: (say: Next['say']) => Promise<Next>): Promise<Next> {
  return onward([{ key: T.whenKeptUndated }]);
}
