import { randomUUID } from 'node:crypto';
import type { Aspiration, Draft, Need, Outcome } from './draft';
import { words } from './draftItems';

/*
 * One part of the plan that holds two things ("reading and travel", "get a job and live in my own
 * flat") made into two, each right after the other so the plan keeps its order. The first part
 * keeps the item's id, so everything linked to it stays linked; a new hard thing is linked to the
 * same hopes and goals, a new goal to the same hope, hard things and time.
 */

/** Items inserted right after the one with `id`. */
function after<T extends { id: string }>(items: readonly T[], id: string, more: readonly T[]): T[] {
  const at = items.findIndex((i) => i.id === id);
  return at < 0 ? [...items] : [...items.slice(0, at + 1), ...more, ...items.slice(at + 1)];
}

/** The item `id` (a hope, a hard thing or a goal) split into `parts`; the draft as it was for anything else. */
export function splitItem(draft: Draft, id: string, parts: readonly string[]): Draft {
  const [first, ...rest] = parts.map(words);
  if (!first || rest.length === 0) return draft;
  const hope = draft.aspirations.find((a) => a.id === id);
  if (hope) {
    const more: Aspiration[] = rest.map((text) => ({ id: randomUUID(), text, theme: hope.theme }));
    return { ...draft, aspirations: after(draft.aspirations.map((a) => (a.id === id ? { ...a, text: first } : a)), id, more) };
  }
  const need = draft.needs.find((n) => n.id === id);
  if (need) {
    const { helps: _helps, ...kept } = need;
    const more: Need[] = rest.map((text) => ({ ...kept, id: randomUUID(), text }));
    const ids = more.map((n) => n.id);
    return {
      ...draft,
      needs: after(draft.needs.map((n) => (n.id === id ? { ...n, text: first } : n)), id, more),
      outcomes: draft.outcomes.map((o) => (o.needIds.includes(id) ? { ...o, needIds: [...o.needIds, ...ids] } : o)),
    };
  }
  const goal = draft.outcomes.find((o) => o.id === id);
  if (goal) {
    const more: Outcome[] = rest.map((statement) => ({
      id: randomUUID(),
      statement,
      aspirationId: goal.aspirationId,
      needIds: [...goal.needIds],
      theme: goal.theme,
      timeframe: goal.timeframe,
      doesForMe: null,
      makesPossible: null,
      provision: [],
      ...(goal.pfaArea ? { pfaArea: goal.pfaArea } : {}),
      confirmed: goal.confirmed,
    }));
    return { ...draft, outcomes: after(draft.outcomes.map((o) => (o.id === id ? { ...o, statement: first } : o)), id, more) };
  }
  return draft;
}
