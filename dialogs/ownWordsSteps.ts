import { Step } from './ids';

/*
 * The questions where people type their own words (not a choice): a question back about the
 * question, or a question kept as an answer by mistake, is answered at these.
 */

/** Where the person's own words are asked for: what people like about them, hopes, needs, an outcome's parts. */
export const OWN_WORDS_STEPS: ReadonlySet<string> = new Set([
  Step.aboutMeStrengths, Step.aboutMeImportant, Step.aboutMeSupport,
  Step.hopesDream, Step.hopesMore, Step.hopesTheme,
  Step.needsBarrier, Step.needsHelps, Step.needsMore,
  Step.outcomeStep, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides, Step.outcomeMeasure,
]);
