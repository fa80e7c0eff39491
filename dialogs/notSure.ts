import { AboutMeNotSure, AboutMeNotSureChild } from './aboutMeDialog';
import type { YoungPerson } from '../src/domain/draft';
import { helpKeyFor } from './help';
import { olderChildIdeaKey } from './olderChildIdeas';
import { ageFitKey } from './hopeIdeasByAge';
import { HopesNotSure, HopesNotSureChild } from './hopesText';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { RequestData } from './reviewText';
import { NeedsNotSure, NeedsNotSureChild } from './needsText';
import { OutcomeNotSure, OutcomeNotSureChild, OutcomeNotSureYoung } from './outcomeText';
import { ReviewNotSure } from './reviewText';

/** Example answers offered after "I'm not sure", suited to who is answering. */
const FOR_SELF: Partial<Record<StepId, string>> = { ...AboutMeNotSure, ...HopesNotSure, ...NeedsNotSure, ...OutcomeNotSure, ...ReviewNotSure };
const FOR_CHILD: Partial<Record<StepId, string>> = { ...FOR_SELF, ...AboutMeNotSureChild, ...HopesNotSureChild, ...NeedsNotSureChild, ...OutcomeNotSureChild };

const FOR_YOUNG_SELF: Partial<Record<StepId, string>> = { ...FOR_SELF, ...OutcomeNotSureYoung };

/** A parent hears ideas about their child by name; a young child answering for themselves hears a child's ideas. */
/** Questions whose "not sure" words say how to answer (a read-back, a yes or no, a choice of time), not ideas. */
const GUIDANCE_ONLY: ReadonlySet<StepId> = new Set([Step.outcomeWhen, Step.outcomeConfirm, Step.outcomeAnother, Step.reviewSummary, Step.reviewChange, Step.reviewShare, Step.reviewDone, Step.reviewProposal]);

/** Whether the step has ideas to offer at all (a yes / no or a read-back has only its help). */
export function hasIdeasFor(step: StepId, aboutAChild: boolean, youngChild = false, person?: YoungPerson): boolean {
  return !GUIDANCE_ONLY.has(step) && notSureKeyFor(step, aboutAChild, youngChild, person) !== helpKeyFor(step, aboutAChild, youngChild);
}

export function notSureKeyFor(step: StepId, aboutAChild: boolean, youngChild = false, person?: YoungPerson): string {
  // A parent of a teenager hears a teenager's ideas, not a toddler's.
  const older = aboutAChild ? olderChildIdeaKey(step, person) : undefined;
  const ideas = aboutAChild ? FOR_CHILD : youngChild ? FOR_YOUNG_SELF : FOR_SELF;
  const key = older ?? ideas[step];
  // Under five, or 19 to 25: the hope ideas that fit that age.
  return key ? ageFitKey(key, person) : helpKeyFor(step, aboutAChild, youngChild);
}

/**
 * The step whose ideas fit the question open at `position`: a new hope asked for at the review is
 * helped as the dream question is, what makes it hard as the needs question is.
 */
export function notSureStepAt(position: Position): StepId {
  if (position.step !== Step.reviewChange) return position.step;
  const adding = position.data?.[RequestData.addHope];
  if (adding === 'ask') return Step.hopesDream;
  if (adding === 'hard') return Step.needsBarrier;
  return position.step;
}
