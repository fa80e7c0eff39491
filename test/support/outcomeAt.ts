import type { StepId } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Draft } from '../../src/domain/draft';

/*
 * Where a chat seeded at the outcomes stage opens: the same few lines were written out in many
 * dialog tests ("at: (d) => ({ stage: 'outcomes', step, topic: d.aspirations[0]!.id, ... })").
 */

export interface OutcomeAt {
  /** The hope asked about, by its place among the seeded hopes (the first when absent). */
  hope?: number;
  /** The outcome being made, by its place among the seeded outcomes; none when absent. */
  outcome?: number;
  /** Further position notes (which hopes are offered, ...), read from the seeded draft. */
  data?: (draft: Draft) => Record<string, string>;
}

/** The open question of a seed (`Seed.at`): `step` of the outcomes stage, about one hope and, when given, one outcome. */
export function atOutcome(step: StepId, { hope = 0, outcome, data }: OutcomeAt = {}): (draft: Draft) => Position {
  return (d) => {
    const notes = { ...(outcome !== undefined ? { outcomeId: d.outcomes[outcome]!.id } : {}), ...(data ? data(d) : {}) };
    return { stage: 'outcomes', step, topic: d.aspirations[hope]!.id, ...(Object.keys(notes).length > 0 ? { data: notes } : {}) };
  };
}
