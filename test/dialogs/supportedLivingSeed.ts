import { Step } from '../../dialogs/ids';
import { setYoungPerson } from '../../src/domain/draft';
import type { Position } from '../../dialogs/journey';
import type { Draft } from '../../src/domain/draft';
import { startWith, type SeedHope } from './journeySeed';

/** Kai, 21, in supported living, doing work experience at a garden centre; Jen is his support worker. */
export const GARDEN: SeedHope = { text: 'work at the garden centre', theme: 'learning_and_work', needs: [] };

export function kaiAt(at: (draft: Draft) => Position, hopes: SeedHope[] = [GARDEN], change?: (draft: Draft) => Draft) {
  return startWith({
    today: '2026-12-02',
    name: 'Kai',
    age: 21,
    hopes,
    change: (d) => (change ?? ((x: Draft) => x))(setYoungPerson(d, { education: 'not_at_school' })),
    at,
  });
}

export const atHopeTheme = (topic: string) => (): Position => ({ stage: 'hopes', step: Step.hopesTheme, topic });
export const atNeeds = (draft: Draft): Position => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id });
