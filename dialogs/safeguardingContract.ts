import type { Position } from './journey';

/*
 * What passes between the main dialog and the safeguarding dialog: what the main dialog knows when
 * it hears a possible disclosure, and what it gets back (carry on, stop, or the message to keep).
 * Kept apart so the main dialog depends on this contract, not on how the answer is given.
 */

/** What the main dialog knows when it hears a possible disclosure. */
export interface SafeguardingOptions {
  category: string;
  /** The message that raised it. */
  message?: string;
  /** The person's message before it, if any. */
  previous?: string;
  /** The words of the question it interrupted (standard register). */
  question?: string;
  /** They said "I'm OK" at the gentle check, but the message told of harm by others: help lines, no "are you safe?". */
  okay?: boolean;
  /** Their message answered the interrupted question too: kept as its answer when they carry on. */
  replay?: string;
  /** What was said beside the harm (never the harm itself), or typed after it: offered back to keep when they carry on. */
  keep?: string;
  /** `keep` is the chat's suggestion in their voice (a wish that others stop, made about them), not their own words. */
  suggested?: boolean;
}

export interface SafeguardingResult {
  /** Carry on with the question the disclosure interrupted. */
  carryOn?: Position;
  /** The person chose to stop for now. */
  stop?: boolean;
  /** Their message, to be taken as the answer to the interrupted question when carrying on. */
  replay?: string;
  /** Their message, offered back at the interrupted question ("Shall I keep that?"). */
  offerBack?: string;
  /** The words offered back are the chat's suggestion, not theirs. */
  suggested?: boolean;
  /** Their earlier message, kept as the interrupted question's answer, as they asked ("can it go in his plan?"). */
  keepAnswer?: string;
}
