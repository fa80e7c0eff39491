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
