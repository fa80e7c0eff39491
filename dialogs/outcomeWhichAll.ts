import type { Aspiration, Draft } from '../src/domain/draft';
import { asksForAllHopes } from '../src/language/allHopesAsked';
import type { Position } from './journey';
import { hopesWithoutOutcome } from './outcomeHopesLeft';
import { OutcomeText as T } from './outcomeText';
import type { Next } from './stageDialog';

/*
 * "Which hope shall we work on next?" offers every hope still without an outcome, in the order
 * they were given (a hope with no hard thing written yet is still theirs to choose); when each has
 * one, every hope. "where have the others gone?" at that list shows every hope they gave.
 */

/**
 * The hopes to choose from at "which hope next?": every hope with no outcome yet, in the order given,
 * with or without a hard thing said; when each has one, all of them. Wider than `hopesToPressFor`,
 * the hopes the bot itself asks about before the stage ends.
 */
export function hopesToChooseFrom(draft: Draft): Aspiration[] {
  const without = hopesWithoutOutcome(draft);
  return without.length > 0 ? without : [...draft.aspirations];
}

/** "where have the others gone?" at the list: the same question, with every hope on it. */
export function allHopesAsked(position: Position, draft: Draft, text: string, which: string): Next | undefined {
  if (!asksForAllHopes(text) || draft.aspirations.length === 0) return undefined;
  return { say: [{ key: T.whichAll }], goTo: { ...position, data: { ...position.data, [which]: draft.aspirations.map((h) => h.id).join(',') } } };
}
