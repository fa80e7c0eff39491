import { updateOutcome, type Outcome, type Timeframe } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import type { Position } from './journey';
import { withSteps } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A time sooner than an outcome spans, at "by when?": kept at once as a short step under the
 * outcome while the person chooses a step towards something bigger or to keep it short; the
 * outcome is never left without its date.
 */

/** Position data at outcome.when: the short time waiting for the step-or-bigger choice. */
export const TARGET = 'target';

/** The short time waiting for the choice, when one is. */
export function pendingTarget(data: Record<string, string>): Timeframe | undefined {
  try {
    const parsed: unknown = JSON.parse(data[TARGET] ?? '');
    return parsed && typeof parsed === 'object' && 'phrase' in parsed && 'date' in parsed ? (parsed as Timeframe) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A soon time: stored at once as a short step under this outcome, said kindly to be a good first
 * step, and the step-or-bigger choice asked; the choice that follows may move it.
 */
export async function offerShortStep(session: JourneySession, position: Omit<Position, 'stage'>, outcome: Outcome, short: Timeframe): Promise<Next> {
  await session.updateDraft('short step kept', (d) => withSteps(d, outcome.id, [{ text: outcome.statement, timeframe: short }]));
  return { say: [{ key: T.whenTarget, vars: { when: quoteOf(short.phrase) } }], goTo: { ...position, data: { ...(position.data ?? {}), [TARGET]: JSON.stringify(short) } } };
}

/** The outcome's steps without the short step kept for the choice. */
export function withoutShortStep(outcome: Outcome, short: Timeframe): Outcome['steps'] {
  return (outcome.steps ?? []).filter((s) => !(s.text === outcome.statement && s.timeframe?.date === short.date));
}

/** The soon time becomes the outcome's own, and the short step kept for the choice goes. */
export async function keepShortTime(session: JourneySession, outcome: Outcome, short: Timeframe): Promise<Outcome> {
  const steps = withoutShortStep(outcome, short);
  await session.updateDraft('short time is the outcome\'s', (d) => updateOutcome(d, outcome.id, { steps, timeframe: short }));
  return { ...outcome, steps, timeframe: short };
}

/**
 * "Skip", or a miss twice, at the step-or-bigger choice: the short time is kept as the outcome's
 * date, so the outcome is never left with none. Undefined when no choice was open.
 */
export async function keepPendingShort(session: JourneySession, outcome: Outcome | undefined, position: Pick<Position, 'data'>): Promise<{ outcome: Outcome; say: Next['say'] } | undefined> {
  const short = outcome ? pendingTarget(position.data ?? {}) : undefined;
  if (!outcome || !short) return undefined;
  // The short step is said in its own words, never as its time.
  return { outcome: await keepShortTime(session, outcome, short), say: [{ key: T.whenShortKept, vars: { step: quoteOf(outcome.statement) } }] };
}
