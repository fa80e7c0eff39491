import type { Draft } from './draft';

/*
 * The hope that matters most to the young person, as they said at the review ("the most important
 * one is the flat"). It is marked and put first, so every reading of the draft (the chat's cards,
 * the review site, the exports) shows it first without knowing about priorities.
 */

/** Marks this hope as the one that matters most and puts it first; no other hope keeps the mark. */
export function setMostImportantHope(draft: Draft, hopeId: string): Draft {
  const hope = draft.aspirations.find((a) => a.id === hopeId);
  if (!hope) return draft;
  const others = draft.aspirations.filter((a) => a.id !== hopeId).map(({ priority: _priority, ...rest }) => rest);
  return { ...draft, aspirations: [{ ...hope, priority: 1 }, ...others] };
}

/** The hope said to matter most, when one was. */
export function mostImportantHope(draft: Draft): Draft['aspirations'][number] | undefined {
  return draft.aspirations.find((a) => a.priority === 1);
}

/** Puts one outcome just before (or after) another, as the young person asked; every other stays in its order. */
export function moveOutcome(draft: Draft, movedId: string, place: 'before' | 'after', otherId: string): Draft {
  const moved = draft.outcomes.find((o) => o.id === movedId);
  if (!moved || movedId === otherId || !draft.outcomes.some((o) => o.id === otherId)) return draft;
  const rest = draft.outcomes.filter((o) => o.id !== movedId);
  const at = rest.findIndex((o) => o.id === otherId) + (place === 'after' ? 1 : 0);
  return { ...draft, outcomes: [...rest.slice(0, at), moved, ...rest.slice(at)] };
}
