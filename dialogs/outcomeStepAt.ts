import type { Draft, Outcome } from '../src/domain/draft';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** One answer to a question about an outcome being written, with what every step's reader needs. */
export interface OutcomeStepAt {
  readonly session: JourneySession;
  readonly position: Position;
  readonly draft: Draft;
  readonly outcome: Outcome;
  /** The position's data, or none. */
  readonly data: Record<string, string>;
  /** What they typed, without words about the moment. */
  readonly text: string;
  /** The whole message as typed, before readers took words off ("sorry i mean ..."). */
  readonly typed?: string;
  /** Their own words ('' when they only echo the bot's words). */
  readonly own: string;
  /** Their own words as kept: without "lol", "idk" or emoji. */
  readonly kept: string;
  /** At "what would it do for you?": an earlier outcome's answer the words point back at ("same as before"), read once a turn. */
  readonly doesForMeBefore?: string;
  /** Goes to another question about this outcome, keeping its data. */
  readonly at: (step: Position['step'], extra?: Record<string, string>) => Next;
  /** What skipping the question does at a position of the outcomes stage. */
  readonly skip: (position: Position) => Promise<Next>;
}
