import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { needSection, placeOfDays, quoteOf } from '../src/language';
import { tidyMeasure } from '../src/language/chatter';
import { Step } from './ids';
import type { Position } from './journey';
import { needOnce } from './keptOnce';
import { helpIn } from './outcomeAnswerReaders';
import { hedgesOff, withProvision } from './outcomeCoach';
import { threeQuestions } from './outcomeSkip';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

// Words given at one outcome question that belong to another part of the plan: each is kept in its own place.

/** A part of the outcome given with its label at another question: kept there, and the question asked again. */
export async function fieldSaid(session: JourneySession, outcome: Outcome, said: { field: 'step' | 'measure'; words: string }, position: Position): Promise<Next> {
  if (said.field === 'measure') {
    const measure = tidyMeasure(said.words);
    await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure }));
    const onward: Next = position.step === Step.outcomeMeasure ? threeQuestions({ ...outcome, measure }, (step) => ({ goTo: { step, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id } } })) : { goTo: position };
    return { say: [{ key: T.measureAtWhen, vars: { quote: quoteOf(measure) } }], ...onward };
  }
  await session.updateDraft('outcome step', (d) => updateOutcome(d, outcome.id, { statement: said.words.trim(), confirmed: false }));
  return { say: [{ key: T.stepChanged, vars: { quote: quoteOf(said.words) } }], goTo: position };
}

/** "travel training" at "what would it make possible?": kept as help for this outcome, and the question asked again. */
export async function supportKept(session: JourneySession, outcome: Outcome, help: string, position: Position, onward: Next): Promise<Next> {
  // "idk someone to help find a club": read back as kept, without the hedge.
  const items = (helpIn(help).length > 0 ? helpIn(help) : [help.trim()]).map(hedgesOff);
  await session.updateDraft('provision offered at the three questions', (d) => withProvision(d, outcome.id, items));
  // Read back as kept: a question asked beside it ("like school give?") is not quoted as help.
  const kept = [{ key: T.provisionKept, vars: { help: quoteOf(items.join(', ')) } }];
  // Asked again once; support given a second time is kept too, and the question is left for now.
  // Help given twice here is help enough: "what help would they need?" is not asked after it.
  const onwardPast = onward.goTo?.step === Step.outcomeProvides ? { ...onward, goTo: { ...onward.goTo, step: Step.outcomeConfirm } } : onward;
  if (position.data?.helpKept) return { ...onwardPast, say: [...kept, ...(onwardPast.say ?? [])] };
  return { say: kept, goTo: { ...position, data: { ...position.data, helpKept: '1' } } };
}

/** The draft with `text` kept as a need of the outcome's hope, and linked to the outcome. */
export function withNeedOf(draft: Draft, outcome: Outcome, text: string): Draft {
  const added = needOnce(draft, text.trim(), outcome.aspirationId ? [outcome.aspirationId] : [], needSection(text, placeOfDays(draft)));
  const current = added.draft.outcomes.find((o) => o.id === outcome.id)?.needIds ?? outcome.needIds;
  const needIds = current.includes(added.need.id) ? current : [...current, added.need.id];
  return updateOutcome(added.draft, outcome.id, { needIds });
}

/** Something hard said where help was asked for: a need of this outcome's hope, never help. */
export async function needKept(session: JourneySession, outcome: Outcome, text: string, position: Position): Promise<Next> {
  await session.updateDraft('need given as help', (d) => withNeedOf(d, outcome, text));
  const kept = [{ key: T.needKept, vars: { quote: quoteOf(text) } }];
  // The help is asked for once more; after that the outcome is read back.
  if (position.data?.notHelp) return { say: kept, goTo: { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id } } };
  return { say: kept, goTo: { ...position, data: { ...position.data, notHelp: '1' } } };
}
