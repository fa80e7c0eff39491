import { Step, type StepId } from './ids';
import type { Choice } from './say';

export const OutcomeText = {
  stepQuestion: 'outcome:step.question',
  stepQuestionChild: 'outcome:step.questionChild',
  stepSmaller: 'outcome:step.smaller',
  stepSmallerChild: 'outcome:step.smallerChild',
  stepAfterProvision: 'outcome:step.afterProvision',
  stepAfterProvisionChild: 'outcome:step.afterProvisionChild',
  stepVague: 'outcome:step.vague',
  stepVagueChild: 'outcome:step.vagueChild',
  stepSayIt: 'outcome:step.sayIt',
  stepSayItChild: 'outcome:step.sayItChild',
  stepAfterTarget: 'outcome:step.afterTarget',
  stepAfterTargetChild: 'outcome:step.afterTargetChild',
  stepAfterNeed: 'outcome:step.afterNeed',
  stepAfterNeedChild: 'outcome:step.afterNeedChild',
  needKept: 'outcome:feedback.needKept',
  needKeptChild: 'outcome:feedback.needKeptChild',
  stepDifferent: 'outcome:step.different',
  stepDifferentChild: 'outcome:step.differentChild',
  vague: 'outcome:feedback.vague',
  target: 'outcome:feedback.target',
  sameAsBefore: 'outcome:feedback.sameAsBefore',
  movedHope: 'outcome:feedback.movedHope',
  whenTarget: 'outcome:feedback.whenTarget',
  leaveForNow: 'outcome:feedback.leaveForNow',
  hopeKept: 'outcome:feedback.hopeKept',
  measureIsHelp: 'outcome:feedback.measureIsHelp',
  linkQuestion: 'outcome:makesPossible.link',
  linkQuestionChild: 'outcome:makesPossible.linkChild',
  provisionKept: 'outcome:feedback.provisionKept',
  tooBig: 'outcome:feedback.tooBig',
  goodStart: 'outcome:feedback.goodStart',
  confirmed: 'outcome:feedback.confirmed',
  confirmedKindly: 'outcome:feedback.confirmedKindly',
  maxReached: 'outcome:feedback.maxReached',
  finished: 'outcome:feedback.finished',
  whenNotUnderstood: 'outcome:feedback.whenNotUnderstood',
  whenPast: 'outcome:feedback.whenPast',
  whenLeftForNow: 'outcome:feedback.whenLeftForNow',
  whenKeptAsSaid: 'outcome:feedback.whenKeptAsSaid',
  whenShortKept: 'outcome:feedback.whenShortKept',
  whenTargetExplain: 'outcome:feedback.whenTargetExplain',
  whenTargetQuestion: 'outcome:when.targetQuestion',
  whenTargetQuestionChild: 'outcome:when.targetQuestionChild',
  whenBigger: 'outcome:when.bigger',
  whenKeepShort: 'outcome:when.keepShort',
  whenLongerQuestion: 'outcome:when.longerQuestion',
  whenLongerQuestionChild: 'outcome:when.longerQuestionChild',
  measureQuestion: 'outcome:measure.question',
  measureQuestionChild: 'outcome:measure.questionChild',
  measureSeen: 'outcome:measure.seen',
  measureSeenChild: 'outcome:measure.seenChild',
  whenQuestion: 'outcome:when.question',
  whenQuestionChild: 'outcome:when.questionChild',
  doesForMeQuestion: 'outcome:doesForMe.question',
  doesForMeQuestionChild: 'outcome:doesForMe.questionChild',
  makesPossibleQuestion: 'outcome:makesPossible.question',
  makesPossibleQuestionChild: 'outcome:makesPossible.questionChild',
  providesQuestion: 'outcome:provides.question',
  providesQuestionChild: 'outcome:provides.questionChild',
  providesHelp: 'outcome:provides.helpOnly',
  providesHelpChild: 'outcome:provides.helpOnlyChild',
  notHelpKept: 'outcome:feedback.notHelpKept',
  confirmQuestion: 'outcome:confirm.question',
  confirmQuestionChild: 'outcome:confirm.questionChild',
  confirmWithMeasure: 'outcome:confirm.questionWithMeasure',
  confirmWithMeasureChild: 'outcome:confirm.questionWithMeasureChild',
  ownWordsKept: 'outcome:feedback.ownWordsKept',
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
  provisionKeptChild: 'outcome:feedback.provisionKeptChild',
  vagueChild: 'outcome:feedback.vagueChild',
  leaveForNowChild: 'outcome:feedback.leaveForNowChild',
  measureIsHelpChild: 'outcome:feedback.measureIsHelpChild',
  movedHopeChild: 'outcome:feedback.movedHopeChild',
  dropQuestion: 'outcome:drop.question',
  dropQuestionChild: 'outcome:drop.questionChild',
  dropYes: 'outcome:drop.yes',
  dropNo: 'outcome:drop.no',
  dropped: 'outcome:feedback.dropped',
  dropKept: 'outcome:feedback.dropKept',
  whichHope: 'outcome:another.which',
  whichHopeChild: 'outcome:another.whichChild',
  measureDateKept: 'outcome:feedback.measureDateKept',
  measureChangeDate: 'outcome:measure.changeDate',
  dateChanged: 'outcome:feedback.dateChanged',
  dateKeptAsBefore: 'outcome:feedback.dateKeptAsBefore',
} as const;

/** The first-step questions for the early years, which look six months ahead, not "the next year or two". */
export const EARLY_YEARS_STEP: Readonly<Record<string, string>> = {
  [OutcomeText.stepQuestion]: 'outcome:step.questionEarly',
  [OutcomeText.stepQuestionChild]: 'outcome:step.questionChildEarly',
  [OutcomeText.stepSmaller]: 'outcome:step.smallerEarly',
  [OutcomeText.stepSmallerChild]: 'outcome:step.smallerChildEarly',
  [OutcomeText.stepAfterTarget]: 'outcome:step.afterTargetEarly',
  [OutcomeText.stepAfterTargetChild]: 'outcome:step.afterTargetChildEarly',
  [OutcomeText.stepAfterNeed]: 'outcome:step.afterNeedEarly',
  [OutcomeText.stepAfterNeedChild]: 'outcome:step.afterNeedChildEarly',
};

/** Feedback said to a parent or carer about their child: the same words, naming the child. */
export const FEEDBACK_FOR_CHILD: Readonly<Record<string, string>> = {
  [OutcomeText.provisionKept]: OutcomeText.provisionKeptChild,
  [OutcomeText.vague]: OutcomeText.vagueChild,
  [OutcomeText.leaveForNow]: OutcomeText.leaveForNowChild,
  [OutcomeText.measureIsHelp]: OutcomeText.measureIsHelpChild,
  [OutcomeText.movedHope]: OutcomeText.movedHopeChild,
  [OutcomeText.needKept]: OutcomeText.needKeptChild,
};

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

/** The same ideas for a parent or carer, about their child. */
export const OutcomeNotSureChild: Partial<Record<StepId, string>> = {
  ...OutcomeNotSure,
  [Step.outcomeStep]: 'outcome:notSure.stepChild',
  [Step.outcomeDoesForMe]: 'outcome:notSure.doesForMeChild',
  [Step.outcomeMakesPossible]: 'outcome:notSure.makesPossibleChild',
  [Step.outcomeMeasure]: 'outcome:notSure.measureChild',
};

/** The ideas for a young child answering for themselves (under about 11). */
export const OutcomeNotSureYoung: Partial<Record<StepId, string>> = {
  ...OutcomeNotSure,
  [Step.outcomeStep]: 'outcome:notSure.stepYoung',
  [Step.outcomeMakesPossible]: 'outcome:notSure.makesPossibleYoung',
};

export const CONFIRM_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: OutcomeText.confirmYes },
  { value: 'change', labelKey: OutcomeText.confirmChange },
];

export const ANOTHER_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: OutcomeText.anotherYes },
  { value: 'no', labelKey: OutcomeText.anotherNo },
];
