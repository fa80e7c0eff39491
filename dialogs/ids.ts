/**
 * Every step id of the journey (see DESIGN.md). Clients, tests and the review tools rely on them:
 * keep them stable and add new ones here only.
 */
export const Step = {
  welcomeReadingMode: 'welcome.readingMode',
  welcomeConsent: 'welcome.consent',
  welcomeWho: 'welcome.who',
  welcomeName: 'welcome.name',
  welcomeAge: 'welcome.age',
  welcomeInvite: 'welcome.invite',
  welcomeResumeCode: 'welcome.resumeCode',
  aboutMeStrengths: 'aboutMe.strengths',
  aboutMeImportant: 'aboutMe.important',
  aboutMeSupport: 'aboutMe.support',
  aboutMeSafe: 'aboutMe.safe',
  hopesDream: 'hopes.dream',
  hopesMore: 'hopes.more',
  hopesTheme: 'hopes.theme',
  needsBarrier: 'needs.barrier',
  needsHelps: 'needs.helps',
  needsMore: 'needs.more',
  outcomeStep: 'outcome.step',
  outcomeDoesForMe: 'outcome.doesForMe',
  outcomeMakesPossible: 'outcome.makesPossible',
  outcomeProvides: 'outcome.provides',
  outcomeWhen: 'outcome.when',
  outcomeMeasure: 'outcome.measure',
  outcomeConfirm: 'outcome.confirm',
  outcomeAnother: 'outcome.another',
  reviewSummary: 'review.summary',
  reviewChange: 'review.change',
  /** A key worker proposed new words for an item: use them, change them or keep mine (data.commentId). */
  reviewProposal: 'review.proposal',
  reviewShare: 'review.share',
  reviewDone: 'review.done',
  safeguardingCheck: 'safeguarding.check',
  /** After a disclosure on anonymous web chat: an offer (never a demand) to give a name and school or college. */
  safeguardingContact: 'safeguarding.contact',
} as const;

/** The questions asked after a possible disclosure, outside the journey's stages. */
export const isSafeguardingStep = (step: string | undefined): boolean => step?.startsWith('safeguarding.') ?? false;

export type StepId = (typeof Step)[keyof typeof Step];

export const Stage = {
  welcome: 'welcome',
  aboutMe: 'aboutMe',
  hopes: 'hopes',
  needs: 'needs',
  outcomes: 'outcomes',
  review: 'review',
} as const;

export type StageId = (typeof Stage)[keyof typeof Stage];

/** Stage order, used for `progress: { stage, of }`. */
export const STAGE_ORDER: readonly StageId[] = [
  Stage.welcome,
  Stage.aboutMe,
  Stage.hopes,
  Stage.needs,
  Stage.outcomes,
  Stage.review,
];

export { ReadingMode } from '../src/domain/readingMode';

export const DialogId = {
  main: 'mainDialog',
  welcome: 'welcomeDialog',
  aboutMe: 'aboutMeDialog',
  hopes: 'hopesDialog',
  needs: 'needsDialog',
  outcome: 'outcomeDialog',
  review: 'reviewDialog',
  safeguarding: 'safeguardingDialog',
  gentleCheck: 'gentleCheckDialog',
} as const;

/** The attachment content type of a draft sent in the chat. */
export const DRAFT_CONTENT_TYPE = 'application/vnd.outcomes.draft+json';
