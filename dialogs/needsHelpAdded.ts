import { readNeedsRemark } from '../src/language/needsRemarks';
import { readsAsHelpGiven } from '../src/language/helpGiven';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';

/*
 * "liam helps a bit", "and dad rings me", sent just after "what helps?" was answered, when the bot
 * has already asked "anything else hard?": more of that help, added to it, never a new hard thing.
 */
export function carriesOnHelpBefore(session: JourneySession, position: Position, text: string): boolean {
  if (position.step !== Step.needsMore) return false;
  const before = session.journey.history.at(-1);
  // "delete the help", "is that the hard thing or the help?": about the help kept, never more of it.
  return before?.step === Step.needsHelps && before.topic === position.topic && readsAsHelpGiven(text) && !readNeedsRemark(text);
}
