import type { Draft } from './draft';

/** Links a need to hopes it gets in the way of (added to those it has, each once). */
export function linkNeedToHopes(draft: Draft, needId: string, aspirationIds: readonly string[]): Draft {
  const known = new Set(draft.aspirations.map((a) => a.id));
  return {
    ...draft,
    needs: draft.needs.map((n) => (n.id === needId ? { ...n, aspirationIds: [...new Set([...n.aspirationIds, ...aspirationIds.filter((id) => known.has(id))])] } : n)),
  };
}
