import { Step, type StepId } from '../dialogs/ids';

/**
 * A whole journey as a person types it, in plain everyday words (no button labels): each answer
 * with the question the bot must ask next. The benchmark checks every turn against it, so a
 * figure is only reported for turns that really moved the journey on.
 */
export interface ScriptedTurn {
  /** What the person types; undefined for the conversation's start (the bot speaks first). */
  say?: string;
  /** The step of the question the bot asks in reply. */
  expect: StepId;
}

const outcome = (statement: string, when: string, measure: string, forMe: string, possible: string, provides: string, more: string): ScriptedTurn[] => [
  { say: statement, expect: Step.outcomeWhen },
  { say: when, expect: Step.outcomeMeasure },
  { say: measure, expect: Step.outcomeDoesForMe },
  { say: forMe, expect: Step.outcomeMakesPossible },
  { say: possible, expect: Step.outcomeProvides },
  { say: provides, expect: Step.outcomeConfirm },
  { say: 'yes', expect: Step.outcomeAnother },
  { say: more, expect: more === 'no' ? Step.reviewSummary : Step.outcomeStep },
];

export const JOURNEY: readonly ScriptedTurn[] = [
  { expect: Step.welcomeReadingMode },
  { say: 'standard', expect: Step.welcomeConsent },
  { say: 'yes', expect: Step.welcomeWho },
  { say: 'me', expect: Step.welcomeName },
  { say: 'sam', expect: Step.welcomeAge },
  { say: 'im in year 10', expect: Step.welcomeInvite },
  { say: 'no code', expect: Step.aboutMeStrengths },
  { say: 'im kind and i make people laugh', expect: Step.aboutMeImportant },
  { say: 'my family and my cat', expect: Step.aboutMeSupport },
  { say: 'give me time to answer', expect: Step.aboutMeSafe },
  { say: 'yeah i do', expect: Step.hopesDream },
  { say: 'i want to work with animals', expect: Step.hopesMore },
  { say: 'no', expect: Step.hopesTheme },
  { say: 'no', expect: Step.hopesTheme },
  { say: 'not really', expect: Step.hopesTheme },
  { say: 'no', expect: Step.needsBarrier },
  { say: 'busy places make me worried', expect: Step.needsHelps },
  { say: 'my mum comes with me', expect: Step.needsMore },
  { say: 'no', expect: Step.outcomeStep },
  ...outcome('i will help at the animal shelter on saturdays', 'by next summer', 'the shelter manager signs my card', 'i would feel proud', 'i could get a job with animals', 'someone to practise the bus with me', 'yes'),
  ...outcome('i will walk my neighbours dog every day', 'in a year', 'my neighbour says i did it', 'it would make me happy', 'i could get a job at the kennels', 'my mum to come the first few times', 'yes'),
  ...outcome('i will look after the class pets at school', 'by the end of year 11', 'my teacher ticks it off', 'i would feel grown up', 'i could look after animals for a job', 'a list on the wall', 'no'),
  { say: 'ok', expect: Step.reviewDone },
];
