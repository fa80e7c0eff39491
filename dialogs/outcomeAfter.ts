import { MAX_OUTCOMES } from '../src/domain/checks';
import { Step } from './ids';
import { hopesToWorkOn } from './outcomeThread';
import { OutcomeText as T } from './outcomeText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** After an outcome: offer another until there are six. */
export async function afterOutcome(session: JourneySession, topic: string | undefined, say: Words[] = []): Promise<Next> {
  const draft = await session.draft();
  if (!draft || draft.outcomes.length >= MAX_OUTCOMES) return { say: [...say, { key: T.maxReached }] };
  const about = topic ?? draft.outcomes.at(-1)?.aspirationId ?? hopesToWorkOn(draft)[0]?.id;
  return { say, goTo: { step: Step.outcomeAnother, ...(about ? { topic: about } : {}) } };
}
