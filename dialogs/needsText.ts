import { Step, type StepId } from './ids';

/* The needs stage's words (content keys). */

export const NeedsText = {
  hopeSaidAgain: 'needs:hopeSaidAgain',
  firstQuestion: 'needs:barrier.firstQuestion',
  firstQuestionChild: 'needs:barrier.firstQuestionChild',
  firstQuestionYourChild: 'needs:barrier.firstQuestionYourChild',
  barrierQuestion: 'needs:barrier.question',
  barrierQuestionChild: 'needs:barrier.questionChild',
  barrierQuestionYourChild: 'needs:barrier.questionYourChild',
  barrierAnother: 'needs:barrier.another',
  barrierAnotherChild: 'needs:barrier.anotherChild',
  barrierAnotherYourChild: 'needs:barrier.anotherYourChild',
  barrierKept: 'needs:barrier.kept',
  barrierKeptChild: 'needs:barrier.keptChild',
  barrierKeptYourChild: 'needs:barrier.keptYourChild',
  barrierKeptNothing: 'needs:barrier.keptNothing',
  barrierNothing: 'needs:barrier.nothing',
  barrierCheck: 'needs:barrier.check',
  barrierCheckNothing: 'needs:barrier.checkNothing',
  barrierCheckSomething: 'needs:barrier.checkSomething',
  safeOfferNo: 'needs:safeOffer.no',
  noBarrier: 'needs:barrier.noBarrier',
  helpsQuestion: 'needs:helps.question',
  helpsQuestionChild: 'needs:helps.questionChild',
  helpsQuestionYourChild: 'needs:helps.questionYourChild',
  helpsNothing: 'needs:helps.nothing',
  helpsThanks: 'needs:helps.thanks',
  helpsNotWorking: 'needs:helps.notWorking',
  helpsNoneYet: 'needs:helps.noneYet',
  helpsKeptAsHard: 'needs:helps.keptAsHard',
  helpsGoalNotHelp: 'needs:helps.goalNotHelp',
  helpsKeptAsHelp: 'needs:helps.keptAsHelp',
  /** "... what helps is the speech therapist": the help said beside the hard thing, read back. */
  helpsSaidWithHard: 'needs:helps.saidWithHard',
  helpsSaidBefore: 'needs:helps.saidBefore',
  alreadyKept: 'needs:sameAsBefore.already',
  keptEach: 'needs:barrier.keptEach',
  aidsTakenKept: 'needs:barrier.aidsTakenKept',
  moreQuestion: 'needs:more.question',
  moreQuestionChild: 'needs:more.questionChild',
  moreQuestionYourChild: 'needs:more.questionYourChild',
  done: 'needs:done',
  doneSomeLeft: 'needs:doneSomeLeft',
  notSureBarrier: 'needs:notSure.barrier',
  notSureBarrierChild: 'needs:notSure.barrierChild',
  notSureHelps: 'needs:notSure.helps',
  notSureHelpsChild: 'needs:notSure.helpsChild',
  notSureMore: 'needs:notSure.more',
  notUnderstood: 'needs:notUnderstood',
  yes: 'common:choice.yes',
  no: 'common:choice.no',
  notSureChoice: 'common:choice.notSure',
} as const;

export const NeedsNotSure: Partial<Record<StepId, string>> = {
  [Step.needsBarrier]: NeedsText.notSureBarrier,
  [Step.needsHelps]: NeedsText.notSureHelps,
  [Step.needsMore]: NeedsText.notSureMore,
};

export const NeedsNotSureChild: Partial<Record<StepId, string>> = {
  [Step.needsBarrier]: NeedsText.notSureBarrierChild,
  [Step.needsHelps]: NeedsText.notSureHelpsChild,
  [Step.needsMore]: NeedsText.notSureMore,
};
