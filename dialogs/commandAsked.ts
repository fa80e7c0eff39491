import type { GlobalCommand } from '../src/language';
import { CommandText } from './commands';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';

/*
 * A command asked as a question ("can I skip this?", "can i stop now") is answered, not only done.
 * At the review, "can i stop now" is told how to stop (a code to come back, or Looks good to
 * finish) and the review stays open, so what they type next is read there.
 */

const ASKS = /^\s*(?:(?:ok|okay|so|um|erm|please|pls)[\s,]+)*(?:can|could|may)\s+(?:i|we|u|you)\b/i;

export interface CommandAsked {
  words: Words;
  /** The command is not done: the open question is asked again. */
  holds: boolean;
}

const REVIEW_OPEN = new Set<string>([Step.reviewSummary, Step.reviewChange]);

export function commandAsked(command: GlobalCommand | null, text: string, at: Position | undefined): CommandAsked | undefined {
  if (!command || !ASKS.test(text)) return undefined;
  if (command === 'skip') return { words: { key: CommandText.skipAsked }, holds: false };
  if (command === 'stop' && at?.stage === Stage.review && REVIEW_OPEN.has(at.step)) return { words: { key: CommandText.stopAskedAtReview }, holds: true };
  return undefined;
}
