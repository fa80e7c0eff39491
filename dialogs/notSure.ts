import { AboutMeNotSure, AboutMeNotSureChild } from './aboutMeDialog';
import { helpKeyFor } from './help';
import { HopesNotSure, HopesNotSureChild } from './hopesDialog';
import type { StepId } from './ids';
import { NeedsNotSure, NeedsNotSureChild } from './needsDialog';
import { OutcomeNotSure, OutcomeNotSureChild } from './outcomeText';
import { ReviewNotSure } from './reviewText';

/** Example answers offered after "I'm not sure", suited to who is answering. */
const FOR_SELF: Partial<Record<StepId, string>> = { ...AboutMeNotSure, ...HopesNotSure, ...NeedsNotSure, ...OutcomeNotSure, ...ReviewNotSure };
const FOR_CHILD: Partial<Record<StepId, string>> = { ...FOR_SELF, ...AboutMeNotSureChild, ...HopesNotSureChild, ...NeedsNotSureChild, ...OutcomeNotSureChild };

export function notSureKeyFor(step: StepId, aboutAChild: boolean): string {
  return (aboutAChild ? FOR_CHILD : FOR_SELF)[step] ?? helpKeyFor(step, aboutAChild);
}
