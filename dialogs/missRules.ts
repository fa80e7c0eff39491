import { Step, type StepId } from './ids';

/**
 * Never loop: no question is asked more than twice in a row in the same words. After the second
 * reply the bot could not understand, it does the sensible thing for that step and says so:
 *
 * - `confirm`: takes its best reading of what was typed and asks to confirm it with yes / no;
 * - `default`: moves on with a sensible default and stores nothing false (the stage says which);
 * - `buttons`: offers only the buttons with one short sentence (alternating two sentences, so
 *   even a third miss is not asked in the same words);
 * - `buttonsThenDefault`: the buttons with one short sentence, and if that is missed twice too,
 *   the sensible default.
 */
export type MissRule = 'confirm' | 'default' | 'buttons' | 'buttonsThenDefault';

export const MISS_RULES: Readonly<Record<StepId, MissRule>> = {
  [Step.welcomeReadingMode]: 'default', // standard words; "easy read" works at any time
  [Step.welcomeConsent]: 'buttons', // consent is never assumed
  [Step.welcomeWho]: 'buttonsThenDefault', // then the young person themselves, said plainly
  [Step.welcomeName]: 'confirm', // "Shall I call you Jay?"; no name is "you"
  [Step.welcomeAge]: 'default', // nothing stored; with an age, the school year worked out and marked estimated
  [Step.welcomeInvite]: 'default', // no code; one can be added later
  [Step.welcomeResumeCode]: 'default', // back to where they were; "I have a code" works at any time
  [Step.aboutMeStrengths]: 'default', // move on, nothing stored
  [Step.aboutMeImportant]: 'default',
  [Step.aboutMeSupport]: 'default',
  [Step.hopesDream]: 'default', // on to the questions about each part of life
  [Step.hopesMore]: 'default', // no more for now
  [Step.hopesTheme]: 'default', // the next part of life
  [Step.needsBarrier]: 'default', // the next hope
  [Step.needsHelps]: 'default',
  [Step.needsMore]: 'default', // nothing else for this hope
  [Step.outcomeStep]: 'default', // on from this outcome
  [Step.outcomeDoesForMe]: 'default',
  [Step.outcomeMakesPossible]: 'default',
  [Step.outcomeProvides]: 'default',
  [Step.outcomeWhen]: 'default', // its choices were on show both times: on without a date (the key worker adds it)
  [Step.outcomeMeasure]: 'default',
  [Step.outcomeConfirm]: 'buttons',
  [Step.outcomeAnother]: 'buttonsThenDefault', // then no more for now
  [Step.reviewSummary]: 'buttonsThenDefault', // then on, nothing changed
  [Step.reviewChange]: 'default', // back to the read-back, nothing changed
  [Step.reviewProposal]: 'buttons', // the key worker's words are never taken without a tap: use, change or keep mine
  [Step.reviewShare]: 'default', // not shared; it can be shared later
  [Step.reviewDone]: 'default', // finish
  [Step.aboutMeSafe]: 'default', // taken as "rather not say": nothing stored, moves on
  [Step.safeguardingCheck]: 'buttons', // carry on or stop for now, as buttons
  [Step.safeguardingContact]: 'default', // no details given; back to the carry-on question
};

/** How many times in a row a question may be asked in the same words. */
export const MAX_ASKS_IN_A_ROW = 2;
