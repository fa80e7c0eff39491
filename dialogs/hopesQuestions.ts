import type { ThemeId } from '../src/domain/draft';
import type { WhomKeys } from './aboutWhom';
import { HopesText } from './hopesText';
import type { Choice } from './say';

/* The hopes stage's questions: their words, as asked of the young person or about a child, and their buttons. */

export const THEME_QUESTIONS: Record<ThemeId, WhomKeys> = {
  learning_and_work: { self: HopesText.learningAndWork, child: HopesText.learningAndWorkChild, yourChild: HopesText.learningAndWorkYourChild },
  independent_living: { self: HopesText.independentLiving, child: HopesText.independentLivingChild, yourChild: HopesText.independentLivingYourChild },
  friends_and_community: { self: HopesText.friendsAndCommunity, child: HopesText.friendsAndCommunityChild, yourChild: HopesText.friendsAndCommunityYourChild },
  health_and_wellbeing: { self: HopesText.healthAndWellbeing, child: HopesText.healthAndWellbeingChild, yourChild: HopesText.healthAndWellbeingYourChild },
};

export const DREAM: WhomKeys = { self: HopesText.dreamQuestion, child: HopesText.dreamQuestionChild, yourChild: HopesText.dreamQuestionYourChild };
export const ANOTHER: WhomKeys = { self: HopesText.dreamAnother, child: HopesText.dreamAnotherChild, yourChild: HopesText.dreamAnotherYourChild };
export const MORE: WhomKeys = { self: HopesText.moreQuestion, child: HopesText.moreQuestionChild, yourChild: HopesText.moreQuestionYourChild };
export const SUPPORT_AS_HOPE: WhomKeys = { self: HopesText.supportAsHope, child: HopesText.supportAsHopeChild, yourChild: HopesText.supportAsHopeYourChild };

export const NOT_SURE_CHOICE: Choice = { value: 'notSure', labelKey: HopesText.notSureChoice };
export const YES_NO: readonly Choice[] = [
  { value: 'yes', labelKey: HopesText.yes },
  { value: 'no', labelKey: HopesText.no },
];
export const THEME_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: HopesText.themeNothing }, NOT_SURE_CHOICE];
