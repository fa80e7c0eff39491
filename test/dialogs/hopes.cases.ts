import { Step, type StepId } from '../../dialogs/ids';

/** "Do you have another hope?": what the person says, where the bot goes, which hope it keeps. */
export interface MoreCase {
  says: string;
  step: StepId;
  /** The new hope's words, when the answer brought one. */
  kept?: string;
}

export const MORE_CASES: readonly MoreCase[] = [
  { says: 'Yes', step: Step.hopesDream },
  { says: 'yeah', step: Step.hopesDream },
  { says: 'No', step: Step.hopesTheme },
  { says: 'nah', step: Step.hopesTheme },
  { says: "no, that's all", step: Step.hopesTheme },
  { says: 'nothing else', step: Step.hopesTheme },
  { says: 'yeah, learn to drive', step: Step.hopesMore, kept: 'learn to drive' },
  { says: 'yes and have my own flat', step: Step.hopesMore, kept: 'have my own flat' },
  { says: 'I want to go to college', step: Step.hopesMore, kept: 'I want to go to college' },
  { says: "no, but I'd love to swim", step: Step.hopesMore, kept: "I'd love to swim" },
];
