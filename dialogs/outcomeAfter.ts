import { MAX_OUTCOMES } from '../src/domain/checks';
import { quoteOf } from '../src/language';
import { Stage, Step } from './ids';
import { noMore } from './outcomeNoMore';
import { hopesToWorkOn } from './outcomeThread';
import { OutcomeText as T } from './outcomeText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { nextQueued } from './outcomeHopesOrder';

/** After an outcome: offer another until there are six. */
export async function afterOutcome(session: JourneySession, topic: string | undefined, say: Words[] = []): Promise<Next> {
  const draft = await session.draft();
  if (!draft || draft.outcomes.length >= MAX_OUTCOMES) return { say: [...say, { key: T.maxReached }] };
  const about = topic ?? draft.outcomes.at(-1)?.aspirationId ?? hopesToWorkOn(draft)[0]?.id;
  // "bus then sleep then done": the next hope in the order said is asked about, with no "another?" between.
  const queued = await nextQueued(session, draft);
  if (queued) return { say, goTo: { step: Step.outcomeStep, topic: queued, data: {} } };
  // "the gcse one then im done": that was the last one, so "another?" is not asked.
  if (session.journey.lastOutcome) {
    await session.updateJourney((j) => ({ ...j, lastOutcome: undefined }));
    const done = noMore(session, { stage: Stage.outcomes, step: Step.outcomeAnother, ...(about ? { topic: about } : {}) }, draft, true);
    return { ...done, say: [...say, ...(done.say ?? [])] };
  }
  // A second thing to do, said beside this one with its own time, is offered as the next outcome.
  const second = session.journey.nextStep;
  const offer: Words[] = second ? [{ key: T.nextStepOffer, vars: { second: quoteOf(second.text) } }] : [];
  return { say: [...say, ...offer], goTo: { step: Step.outcomeAnother, ...(about ? { topic: about } : {}) } };
}

/**
 * The next hope with no outcome yet is asked about; when every hope has one, "another outcome?".
 * With no outcome made at all ("skip" at the only hope), "another" would be untrue: the hopes with
 * no outcome yet are named and the outcomes end, as after "finish".
 */
export async function onToNextHope(session: JourneySession, topic: string | undefined, say: Words[] = []): Promise<Next> {
  const draft = await session.draft();
  const next = draft ? hopesToWorkOn(draft).find((h) => h.id !== topic && !draft.outcomes.some((o) => o.aspirationId === h.id)) : undefined;
  if (next) return { say, goTo: { step: Step.outcomeStep, topic: next.id, data: {} } };
  if (draft && draft.outcomes.length === 0) {
    const done = noMore(session, { stage: Stage.outcomes, step: Step.outcomeAnother, ...(topic ? { topic } : {}) }, draft, true);
    return { ...done, say: [...say, ...(done.say ?? [])] };
  }
  return afterOutcome(session, topic, say);
}
