import { Step, type StepId } from './ids';
import type { Choice } from './say';

export const OutcomeText = {
  stepQuestion: 'outcome:step.question',
  stepQuestionChild: 'outcome:step.questionChild',
  stepSmaller: 'outcome:step.smaller',
  stepSmallerChild: 'outcome:step.smallerChild',
  stepAfterProvision: 'outcome:step.afterProvision',
  stepAfterProvisionChild: 'outcome:step.afterProvisionChild',
  provisionKept: 'outcome:feedback.provisionKept',
  tooBig: 'outcome:feedback.tooBig',
  goodStart: 'outcome:feedback.goodStart',
  confirmed: 'outcome:feedback.confirmed',
  maxReached: 'outcome:feedback.maxReached',
  finished: 'outcome:feedback.finished',
  whenNotUnderstood: 'outcome:feedback.whenNotUnderstood',
  measureQuestion: 'outcome:measure.question',
  measureQuestionChild: 'outcome:measure.questionChild',
  whenQuestion: 'outcome:when.question',
  whenQuestionChild: 'outcome:when.questionChild',
  doesForMeQuestion: 'outcome:doesForMe.question',
  doesForMeQuestionChild: 'outcome:doesForMe.questionChild',
  makesPossibleQuestion: 'outcome:makesPossible.question',
  makesPossibleQuestionChild: 'outcome:makesPossible.questionChild',
  providesQuestion: 'outcome:provides.question',
  providesQuestionChild: 'outcome:provides.questionChild',
  confirmQuestion: 'outcome:confirm.question',
  confirmQuestionChild: 'outcome:confirm.questionChild',
  confirmYes: 'outcome:confirm.yes',
  confirmChange: 'outcome:confirm.change',
  confirmReword: 'outcome:confirm.reword',
  anotherQuestion: 'outcome:another.question',
  anotherQuestionChild: 'outcome:another.questionChild',
  anotherEncourage: 'outcome:another.encourage',
  anotherEncourageChild: 'outcome:another.encourageChild',
  anotherYes: 'outcome:another.yes',
  anotherNo: 'outcome:another.no',
  notUnderstood: 'common:notUnderstood',
} as const;

/** Two or three example answers for "I'm not sure" at each outcome question. */
export const OutcomeNotSure: Partial<Record<StepId, string>> = {
  [Step.outcomeStep]: 'outcome:notSure.step',
  [Step.outcomeDoesForMe]: 'outcome:notSure.doesForMe',
  [Step.outcomeMakesPossible]: 'outcome:notSure.makesPossible',
  [Step.outcomeProvides]: 'outcome:notSure.provides',
  [Step.outcomeWhen]: 'outcome:notSure.when',
  [Step.outcomeMeasure]: 'outcome:notSure.measure',
  [Step.outcomeConfirm]: 'outcome:notSure.confirm',
  [Step.outcomeAnother]: 'outcome:notSure.another',
};

export const CONFIRM_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: OutcomeText.confirmYes },
  { value: 'change', labelKey: OutcomeText.confirmChange },
];

export const ANOTHER_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: OutcomeText.anotherYes },
  { value: 'no', labelKey: OutcomeText.anotherNo },
];
