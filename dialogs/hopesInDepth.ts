import { MAX_OUTCOMES } from '../src/domain/checks';
import type { Aspiration, Draft } from '../src/domain/draft';

/**
 * Hopes explored in depth: every hope, up to the most outcomes a plan has (6), since each outcome
 * needs what makes its hope hard. Past that, the stage says why the others were not asked about.
 */
export const MAX_HOPES_IN_DEPTH = MAX_OUTCOMES;
/** Needs asked for per hope before moving on to the next hope. */
export const MAX_NEEDS_PER_HOPE = 3;

/**
 * Which hopes to explore, in the order they were given. The first hope (the person's own dream)
 * always comes first; then one hope per theme not yet chosen, so needs reach across the parts of
 * life the outcomes will cover; remaining places go to the other hopes in order. Choosing for
 * the person keeps the conversation short; the review stage lets them change anything.
 */
export function hopesInDepth(draft: Draft | undefined): Aspiration[] {
  const all = draft?.aspirations ?? [];
  const chosen: Aspiration[] = [];
  const themes = new Set<string>();
  for (const hope of all) {
    if (chosen.length >= MAX_HOPES_IN_DEPTH) break;
    if (chosen.length > 0 && hope.theme !== null && themes.has(hope.theme)) continue;
    chosen.push(hope);
    if (hope.theme) themes.add(hope.theme);
  }
  for (const hope of all) {
    if (chosen.length >= MAX_HOPES_IN_DEPTH) break;
    if (!chosen.includes(hope)) chosen.push(hope);
  }
  return all.filter((hope) => chosen.includes(hope));
}
