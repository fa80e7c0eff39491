import type { YoungPerson } from '../src/domain/draft';
import type { ThemeId } from '../src/domain/vocabulary';
import { Step, type StepId } from './ids';

/** What "help" says at each question: its purpose and an example. Every step has one. */
export const HelpText: Record<StepId, string> = {
  [Step.welcomeReadingMode]: 'help:readingMode',
  [Step.welcomeConsent]: 'help:consent',
  [Step.welcomeWho]: 'help:who',
  [Step.welcomeName]: 'help:name',
  [Step.welcomeAge]: 'help:age',
  [Step.welcomeInvite]: 'help:invite',
  [Step.welcomeResumeCode]: 'help:resumeCode',
  [Step.aboutMeStrengths]: 'help:strengths',
  [Step.aboutMeImportant]: 'help:important',
  [Step.aboutMeSupport]: 'help:support',
  [Step.aboutMeSafe]: 'help:safe',
  [Step.hopesDream]: 'help:dream',
  [Step.hopesMore]: 'help:more',
  [Step.hopesTheme]: 'help:theme',
  [Step.needsBarrier]: 'help:barrier',
  [Step.needsHelps]: 'help:helps',
  [Step.needsMore]: 'help:needsMore',
  [Step.outcomeStep]: 'help:outcomeStep',
  [Step.outcomeDoesForMe]: 'help:doesForMe',
  [Step.outcomeMakesPossible]: 'help:makesPossible',
  [Step.outcomeProvides]: 'help:provides',
  [Step.outcomeWhen]: 'help:when',
  [Step.outcomeMeasure]: 'help:measure',
  [Step.outcomeConfirm]: 'help:confirm',
  [Step.outcomeAnother]: 'help:another',
  [Step.reviewSummary]: 'help:summary',
  [Step.reviewChange]: 'help:change',
  [Step.reviewProposal]: 'help:proposal',
  [Step.reviewShare]: 'help:share',
  [Step.reviewDone]: 'help:done',
  [Step.safeguardingCheck]: 'help:safeguarding',
  [Step.safeguardingContact]: 'help:safeguardingContact',
};

export const HelpCommandsText = { commands: 'help:commands' } as const;

/** At the safety question, an adult speaking for a child hears of the helpline for adults, not Childline. */
export const HELP_SAFEGUARDING_FOR_ADULTS = 'help:safeguardingParent';

/** The outcome questions explained with a young child's examples: no Saturday jobs or buses to college at seven. */
export const HelpTextYoung: Partial<Record<StepId, string>> = {
  [Step.outcomeStep]: 'help:outcomeStepYoung',
  [Step.outcomeDoesForMe]: 'help:doesForMeYoung',
  [Step.outcomeMakesPossible]: 'help:makesPossibleYoung',
  [Step.outcomeProvides]: 'help:providesYoung',
  [Step.outcomeMeasure]: 'help:measureYoung',
};

/** The outcome questions explained to a parent or carer in their own frame: what {{name}} will do, never "I will". */
export const HelpTextChild: Partial<Record<StepId, string>> = {
  // "do you mean Lily?" at the age question: the child's age, never "your age".
  [Step.welcomeAge]: 'help:ageChild',
  // "I dont know what you mean" at the about-me questions: examples about the child, never "I'm kind".
  [Step.aboutMeStrengths]: 'help:strengthsChild',
  [Step.aboutMeImportant]: 'help:importantChild',
  [Step.aboutMeSupport]: 'help:supportChild',
  // A parent hears a parent's example ("a calm adult stays close"), never a child's "my mum comes with me".
  [Step.needsBarrier]: 'help:barrierChild',
  [Step.needsHelps]: 'help:helpsChild',
  [Step.outcomeStep]: 'help:outcomeStepChild',
  [Step.outcomeDoesForMe]: 'help:doesForMeChild',
  [Step.outcomeMakesPossible]: 'help:makesPossibleChild',
  [Step.outcomeProvides]: 'help:providesChild',
  [Step.outcomeMeasure]: 'help:measureChild',
};

/** The same, with a young child's examples. */
export const HelpTextYoungChild: Partial<Record<StepId, string>> = {
  [Step.outcomeStep]: 'help:outcomeStepYoungChild',
  [Step.outcomeDoesForMe]: 'help:doesForMeYoungChild',
  [Step.outcomeMakesPossible]: 'help:makesPossibleYoungChild',
  [Step.outcomeProvides]: 'help:providesYoungChild',
  [Step.outcomeMeasure]: 'help:measureYoungChild',
};

/** At a part of life ("What would you like to do with friends ...?"): that part explained, with an example of the young person's own. */
export const HelpTextTheme: Record<ThemeId, string> = {
  learning_and_work: 'help:themeLearningAndWork',
  independent_living: 'help:themeIndependentLiving',
  friends_and_community: 'help:themeFriendsAndCommunity',
  health_and_wellbeing: 'help:themeHealthAndWellbeing',
};

/** At "what it makes possible", asked as "how does this help with your hope?": that question's own explanation. */
export const HELP_LINK = 'help:link';
/** At "by when?", asked as "a small first step or a short step?": that question's plain explanation. */
export const HELP_TARGET = 'help:whenTarget';

/** Under about 11 (Year 6 or below): examples are a child's, whoever is typing. */
export function isYoungChild(person: YoungPerson | undefined): boolean {
  if (person?.schoolYear !== undefined) return person.schoolYear <= 6;
  return person?.age !== undefined && person.age < 11;
}

/**
 * What "help" says at a step, for the person chatting: a parent or supporter is never given a
 * child's helpline, and hears the outcome questions about their child by name (the key takes {{name}}).
 */
export function helpKeyFor(step: StepId, speaksForAChild: boolean, youngChild = false): string {
  if (speaksForAChild && step === Step.safeguardingCheck) return HELP_SAFEGUARDING_FOR_ADULTS;
  const forChild = speaksForAChild ? (youngChild ? HelpTextYoungChild[step] : undefined) ?? HelpTextChild[step] : undefined;
  return forChild ?? (youngChild ? HelpTextYoung[step] : undefined) ?? HelpText[step];
}
