import type { Draft } from './draft';

/** Links a need to hopes it gets in the way of (added to those it has, each once). */
export function linkNeedToHopes(draft: Draft, needId: string, aspirationIds: readonly string[]): Draft {
  const known = new Set(draft.aspirations.map((a) => a.id));
  return {
    ...draft,
    needs: draft.needs.map((n) => (n.id === needId ? { ...n, aspirationIds: [...new Set([...n.aspirationIds, ...aspirationIds.filter((id) => known.has(id))])] } : n)),
  };
}

/** "the bus thing isnt for this one": the need no longer gets in the way of that hope (its words stay for the others). */
export function unlinkNeedFromHope(draft: Draft, needId: string, aspirationId: string): Draft {
  return { ...draft, needs: draft.needs.map((n) => (n.id === needId ? { ...n, aspirationIds: n.aspirationIds.filter((id) => id !== aspirationId) } : n)) };
}
