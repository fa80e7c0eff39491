import { Step, type StepId } from './ids';
import type { Position } from './journey';
import type { Choice } from './say';
import type { Next } from './stageDialog';

export const ReviewText = {
  summaryQuestion: 'review:summary.question',
  looksGood: 'review:summary.looksGood',
  changeSomething: 'review:summary.changeSomething',
  sendBack: 'review:summary.sendBack',
  sentBack: 'review:sendBack.sent',
  changePick: 'review:change.pick',
  changeNewWords: 'review:change.newWords',
  changed: 'review:change.changed',
  movedToHelp: 'review:change.movedToHelp',
  movedToPossible: 'review:change.movedToPossible',
  leftAsItWas: 'review:change.leftAsItWas',
  nothingToPutBack: 'review:change.nothingToPutBack',
  removePick: 'review:change.removePick',
  removeConfirm: 'review:change.removeConfirm',
  removeConfirmWithParts: 'review:change.removeConfirmWithParts',
  removeConfirmHope: 'review:change.removeConfirmHope',
  removeConfirmHopeWithParts: 'review:change.removeConfirmHopeWithParts',
  removeConfirmNeed: 'review:change.removeConfirmNeed',
  removeConfirmGoal: 'review:change.removeConfirmGoal',
  removeConfirmPart: 'review:change.removeConfirmPart',
  removeConfirmPartWithParts: 'review:change.removeConfirmPartWithParts',
  removeWords: 'review:change.removeWords',
  wordsNotFound: 'review:change.wordsNotFound',
  wordsNotInPlan: 'review:change.wordsNotInPlan',
  removed: 'review:change.removed',
  removedWithParts: 'review:change.removedWithParts',
  removedOutcome: 'review:change.removedOutcome',
  orderMovedBefore: 'review:change.orderMovedBefore',
  orderMovedAfter: 'review:change.orderMovedAfter',
  orderNotClear: 'review:change.orderNotClear',
  removeConfirmWithHelp: 'review:change.removeConfirmWithHelp',
  removedWithHelp: 'review:change.removedWithHelp',
  removeKept: 'review:change.removeKept',
  removeManyConfirm: 'review:change.removeManyConfirm',
  removeManyConfirmWithParts: 'review:change.removeManyConfirmWithParts',
  removedMany: 'review:change.removedMany',
  removedManyWithParts: 'review:change.removedManyWithParts',
  removeKeptMany: 'review:change.removeKeptMany',
  changeConfirm: 'review:change.confirmNewWords',
  changeWhich: 'review:change.which',
  numberNotInList: 'review:change.numberNotInList',
  numberNotWords: 'review:change.numberNotWords',
  addAsk: 'review:add.ask',
  addAskChild: 'review:add.askChild',
  addAskYourChild: 'review:add.askYourChild',
  addAskAbout: 'review:add.askAbout',
  addAskAboutChild: 'review:add.askAboutChild',
  addAskAboutYourChild: 'review:add.askAboutYourChild',
  addConfirm: 'review:add.confirm',
  addAdded: 'review:add.added',
  addOutcomeNow: 'review:add.outcomeNow',
  addHardFirst: 'review:add.hardFirst',
  addJustType: 'review:add.justType',
  goalForFull: 'review:add.goalForFull',
  twiceConfirm: 'review:add.twiceConfirm',
  twiceMerged: 'review:add.twiceMerged',
  joinConfirm: 'review:add.joinConfirm',
  joinConfirmTo: 'review:add.joinConfirmTo',
  joinMerged: 'review:add.joinMerged',
  missingThere: 'review:add.missingThere',
  missingNoGoal: 'review:add.missingNoGoal',
  missingItemThere: 'review:add.missingItemThere',
  missingNotFound: 'review:add.missingNotFound',
  addStepHeard: 'review:add.stepHeard',
  addOutcomeYes: 'review:add.outcomeYes',
  addOutcomeNotNow: 'review:add.outcomeNotNow',
  addKeptNoOutcome: 'review:add.keptNoOutcome',
  addNothing: 'review:add.nothing',
  addNeedConfirm: 'review:addNeed.confirm',
  fieldConfirm: 'review:field.confirm',
  fieldConfirmWhen: 'review:field.confirmWhen',
  fieldAskWhen: 'review:field.askWhen',
  helpMoveTo: 'review:helpMove.toHelp',
  helpMoveToPossible: 'review:helpMove.toPossible',
  helpMoveOut: 'review:helpMove.out',
  allHelpConfirm: 'review:allHelp.confirm',
  addNeedAdded: 'review:addNeed.added',
  sectionPick: 'review:section.pick',
  sectionConfirm: 'review:section.confirm',
  sectionMoved: 'review:section.moved',
  moveConfirm: 'review:move.confirm',
  movePick: 'review:move.pick',
  moveMoved: 'review:move.moved',
  moveConfirmUnderHope: 'review:move.confirmUnderHope',
  moveMovedUnderHope: 'review:move.movedUnderHope',
  toHopePickOutcome: 'review:toHope.pickOutcome',
  toHopePickHope: 'review:toHope.pickHope',
  toHopeNewHope: 'review:toHope.newHope',
  toHopeConfirm: 'review:toHope.confirm',
  toHopeMoved: 'review:toHope.moved',
  toHopeAlready: 'review:toHope.already',
  partEducation: 'review:part.education',
  partHealth: 'review:part.health',
  partSocialCare: 'review:part.social_care',
  areaCommunication: 'review:area.communication',
  areaLearning: 'review:area.learning',
  areaFeelings: 'review:area.feelings',
  areaSensesBody: 'review:area.senses_body',
  areaHealth: 'review:area.health',
  areaSocialCare: 'review:area.social_care',
  yes: 'common:choice.yes',
  no: 'common:choice.no',
  shareQuestion: 'review:share.question',
  shareYes: 'review:share.yes',
  shareNo: 'review:share.no',
  shared: 'review:share.shared',
  sharedNamed: 'review:share.sharedNamed',
  shareQuestionNamed: 'review:share.questionNamed',
  notShared: 'review:share.notShared',
  shareDefaulted: 'review:share.defaulted',
  doneQuestion: 'review:done.question',
  /** Asked again at the end: "Your draft is ready" is said once only. */
  doneAgain: 'review:done.again',
  doneDownloads: 'review:done.downloads',
  doneNoDownloads: 'review:done.noDownloads',
  doneComeBack: 'review:done.comeBack',
  doneLookAgain: 'review:done.lookAgain',
  doneFinish: 'review:done.finish',
  doneBye: 'review:done.bye',
  cardTitle: 'review:card.title',
  cardTitleChild: 'review:card.titleChild',
  cardAboutMe: 'review:card.aboutMe',
  cardHopes: 'review:card.hopes',
  cardNeeds: 'review:card.needs',
  cardOutcomes: 'review:card.outcomes',
  cardNothing: 'review:card.nothing',
  cardStrengths: 'review:card.strengths',
  cardImportant: 'review:card.important',
  cardSupport: 'review:card.support',
  cardWhen: 'review:card.when',
  cardFirstStep: 'review:card.firstStep',
  cardStepValue: 'review:card.stepValue',
  cardMeasure: 'review:card.measure',
  cardDoesForMe: 'review:card.doesForMe',
  cardMakesPossible: 'review:card.makesPossible',
  cardMattersMost: 'review:card.mattersMost',
  priorityKept: 'review:priority.kept',
  priorityNotAHope: 'review:priority.notAHope',
  noteKept: 'review:note.kept',
  cardHelp: 'review:card.help',
  cardNotConfirmed: 'review:card.notConfirmed',
  cardKeyWorkerSaid: 'review:card.keyWorkerSaid',
  cardNeedPart: 'review:card.needPart',
  cardNeedHelps: 'review:card.needHelps',
  cardNoOutcomeYet: 'review:card.noOutcomeYet',
  cardForHope: 'review:card.forHope',
  keyWorkerChangesRequested: 'review:keyWorker.changesRequested',
  keyWorkerComment: 'review:keyWorker.comment',
  keyWorkerAgreed: 'review:keyWorker.agreed',
  keyWorkerWhenReady: 'review:keyWorker.whenReady',
  commentsHeading: 'review:comments.heading',
  commentsLine: 'review:comments.line',
  commentsLineWhole: 'review:comments.lineWhole',
  commentsProposalLine: 'review:comments.proposalLine',
  commentsOpen: 'review:comments.open',
  commentsAnswered: 'review:comments.answered',
  proposalQuestion: 'review:proposal.question',
  proposalQuestionProvision: 'review:proposal.questionProvision',
  proposalAccept: 'review:proposal.accept',
  proposalChange: 'review:proposal.change',
  proposalRefuse: 'review:proposal.refuse',
  proposalNewWords: 'review:proposal.newWords',
  proposalAccepted: 'review:proposal.accepted',
  proposalChanged: 'review:proposal.changed',
  proposalRefused: 'review:proposal.refused',
  notUnderstood: 'common:notUnderstood',
} as const;

/** The short read-back: counts, what is missing, the parts to see in full; in easy read, one hope at a time. */
export const ReviewSummaryText = {
  question: 'review:summary.question',
  whichPart: 'review:planAsked.whichPart', // after a miss: which part, briefly, never the whole plan again
  partQuestion: 'review:summary.partQuestion',
  counts: 'review:summary.counts',
  hopeOne: 'review:summary.hopeOne',
  hopeMany: 'review:summary.hopeMany',
  needOne: 'review:summary.needOne',
  needMany: 'review:summary.needMany',
  outcomeOne: 'review:summary.outcomeOne',
  outcomeMany: 'review:summary.outcomeMany',
  missingHeading: 'review:summary.missingHeading',
  noMeasure: 'review:summary.noMeasure',
  noWhen: 'review:summary.noWhen',
  noOutcome: 'review:summary.noOutcome',
  notAgreed: 'review:summary.notAgreed',
  missingMore: 'review:summary.missingMore',
  nothingMissing: 'review:summary.nothingMissing',
  commentsHeading: 'review:summary.commentsHeading',
  partAboutMe: 'review:summary.partAboutMe',
  partHopes: 'review:summary.partHopes',
  partNeeds: 'review:summary.partNeeds',
  partOutcomes: 'review:summary.partOutcomes',
  partOf: 'review:summary.partOf',
  otherGoals: 'review:summary.otherGoals',
  hardHere: 'review:summary.hardHere',
  notYet: 'review:summary.notYet',
} as const;

/** Position notes of review.change (values are strings, as positions keep them). */
export const RequestData = {
  /** At the read-back just after an outcome moved: '<outcome id> <hope it came from>', so "put it back" can undo it. */
  movedFrom: 'movedFrom',
  /** A hope there twice: '<copy id> <kept id>', waiting for a yes to take out the copy. */
  twice: 'twice',
  /** Two hopes said to be one ("join them into one: X"): 'yes', or the one hope's new words. */
  join: 'join',
  /** 'ask' (what is the new hope?), 'confirm' (add it?), 'outcome' (make its outcome now?). */
  addHope: 'addHope',
  hope: 'hope',
  about: 'about',
  hopeId: 'hopeId',
  /** Words typed at the read-back or the end that say what makes things hard: 'confirm' (add them?). */
  addNeed: 'addNeed',
  need: 'need',
  needHope: 'needHope',
  /** The hope was offered from words typed at the read-back or the end: "no" adds nothing. */
  offered: 'offered',
  /** One field of the outcome `itemId` ('measure' or 'when'): new words asked for, or waiting for a yes. */
  field: 'field',
  /** New words for `itemId`, waiting for a yes. */
  newText: 'newText',
  /** The words taken out to make `newText`, read back as what goes. */
  removed: 'removed',
  /** The part of the plan a need is moving to, waiting for the need to be picked, or for a yes. */
  section: 'section',
  /** The area of Section B named with it ("under learning"), for the label beside the need. */
  area: 'area',
  /** Items that fit what was named equally, to pick from (ids, space separated). */
  choose: 'choose',
  /** Parts named in the same removal as the pick ("the swimming one and the bus one"): taken out with it, after one yes. */
  also: 'also',
  /** A part said in the wrong place, going to 'hope' or 'need', waiting to be picked or for a yes. */
  moveTo: 'moveTo',
  /** An outcome (`itemId`, or still to pick) moving to another hope: the hope's id, or 'ask' while it is picked. */
  toHope: 'toHope',
  /** Several parts named together to take out ("delete 1 and 3"), waiting for a yes (ids, space separated). */
  many: 'many',
  /** New help for every piece of an outcome's help (one a line), waiting for the outcome to be picked, or for a yes. */
  allHelp: 'allHelp',
  /** Words of an outcome (`itemId`) going 'toHelp', or help going 'outOfHelp', waiting for a yes. */
  helpMove: 'helpMove',
  /** The rest of a message that asked for several changes: '<next change> <message>'. */
  then: 'then',
} as const;

export const ReviewNotSure: Partial<Record<StepId, string>> = {
  [Step.reviewSummary]: 'review:notSure.summary',
  [Step.reviewChange]: 'review:notSure.change',
  [Step.reviewShare]: 'review:notSure.share',
  [Step.reviewDone]: 'review:notSure.done',
  [Step.reviewProposal]: 'review:notSure.proposal',
};

export const PROPOSAL_CHOICES: readonly Choice[] = [
  { value: 'accepted', labelKey: ReviewText.proposalAccept },
  { value: 'changed', labelKey: ReviewText.proposalChange },
  { value: 'refused', labelKey: ReviewText.proposalRefuse },
];

export const SUMMARY_CHOICES: readonly Choice[] = [
  { value: 'good', labelKey: ReviewText.looksGood },
  { value: 'change', labelKey: ReviewText.changeSomething },
];

/** While the key worker has asked for changes, the person can send the draft back from the read-back. */
export const SUMMARY_CHOICES_CHANGES_REQUESTED: readonly Choice[] = [
  ...SUMMARY_CHOICES,
  { value: 'sendBack', labelKey: ReviewText.sendBack },
];

export const SHARE_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: ReviewText.shareYes },
  { value: 'no', labelKey: ReviewText.shareNo },
];

export const DONE_CHOICES: readonly Choice[] = [
  { value: 'again', labelKey: ReviewText.doneLookAgain },
  { value: 'finish', labelKey: ReviewText.doneFinish },
];

export const REMOVE_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: ReviewText.yes },
  { value: 'no', labelKey: ReviewText.no },
];

/** A new hope added at the review: its outcome now, or later. */
export const OUTCOME_NOW_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: ReviewText.addOutcomeYes },
  { value: 'no', labelKey: ReviewText.addOutcomeNotNow },
];

/** Not understood: the same question again (at most twice in a row). */
export const notUnderstood = (position: Position): Next => ({ say: [{ key: ReviewText.notUnderstood }], goTo: position, miss: true });
