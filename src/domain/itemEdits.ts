import { randomUUID } from 'node:crypto';
import type { Aspiration, Draft, Outcome } from './draft';
import { DraftItemNotFoundError, mapById, words } from './draftItems';
import { parseItemId, type OutcomePart } from './itemIds';
import { updateOutcome } from './outcomeOperations';

/* Removing or rewording any item a read-back shows, by its item id (see itemIds.ts). */

function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * Removes any item a read-back shows (see itemIds.ts). Removing an aspiration or need also
 * removes the links to it, so the golden-thread check reports the outcome that lost its link
 * instead of the draft keeping a reference to nothing. Comments are kept.
 */
export function removeItem(draft: Draft, itemId: string): Draft {
  const ref = parseItemId(itemId);
  switch (ref.kind) {
    case 'aboutMe':
      return { ...draft, aboutMe: { ...draft.aboutMe, [ref.section]: withoutIndex(draft.aboutMe[ref.section], ref.index) } };
    case 'needHelp':
      return {
        ...draft,
        needs: draft.needs.map((n) => (n.id === ref.needId && n.helps ? { ...n, helps: withoutIndex(n.helps, ref.index) } : n)),
      };
    case 'outcomePart': {
      const outcomes = draft.outcomes.map((o) => (o.id === ref.outcomeId ? withoutPart(o, ref.part) : o));
      return { ...draft, outcomes };
    }
    case 'entity':
      return {
        ...draft,
        aspirations: draft.aspirations.filter((a) => a.id !== ref.id),
        needs: draft.needs
          .filter((n) => n.id !== ref.id)
          .map((n) => ({ ...n, aspirationIds: n.aspirationIds.filter((a) => a !== ref.id) })),
        outcomes: draft.outcomes
          .filter((o) => o.id !== ref.id)
          .map((o) => ({
            ...o,
            aspirationId: o.aspirationId === ref.id ? null : o.aspirationId,
            needIds: o.needIds.filter((n) => n !== ref.id),
            provision: o.provision.filter((p) => p.id !== ref.id),
          })),
      };
  }
}

function withoutPart(outcome: Outcome, part: OutcomePart): Outcome {
  if (part === 'measure') {
    const { measure: _removed, ...rest } = outcome;
    return rest;
  }
  if (part === 'when') return { ...outcome, timeframe: null };
  return { ...outcome, [part]: null };
}

function replaceAt(items: readonly string[], index: number, text: string, itemId: string): string[] {
  if (index >= items.length) throw new DraftItemNotFoundError(itemId);
  return items.map((item, i) => (i === index ? text : item));
}

/**
 * Rewords any item a read-back shows, keeping its links. A timeframe cannot be reworded here
 * because its date must be worked out again: use updateOutcome with a resolved timeframe.
 */
export function replaceItemText(draft: Draft, itemId: string, text: string): Draft {
  const newText = words(text);
  const ref = parseItemId(itemId);
  switch (ref.kind) {
    case 'aboutMe':
      return { ...draft, aboutMe: { ...draft.aboutMe, [ref.section]: replaceAt(draft.aboutMe[ref.section], ref.index, newText, itemId) } };
    case 'needHelp':
      return {
        ...draft,
        needs: mapById(draft.needs, ref.needId, (n) => ({ ...n, helps: replaceAt(n.helps ?? [], ref.index, newText, itemId) })),
      };
    case 'outcomePart':
      if (ref.part === 'when') throw new RangeError('A timeframe needs a resolved date: use updateOutcome');
      return updateOutcome(draft, ref.outcomeId, { [ref.part]: newText });
    case 'entity':
      return replaceEntityText(draft, ref.id, newText);
  }
}

function replaceEntityText(draft: Draft, id: string, text: string): Draft {
  if (draft.aspirations.some((a) => a.id === id)) {
    // A hope's earlier words are kept, so "i wanted both" or an undo can bring them back.
    return { ...draft, aspirations: draft.aspirations.map((a) => (a.id === id ? withNewWords(a, text) : a)) };
  }
  if (draft.needs.some((n) => n.id === id)) {
    return { ...draft, needs: draft.needs.map((n) => (n.id === id ? { ...n, text } : n)) };
  }
  if (draft.outcomes.some((o) => o.id === id)) {
    return { ...draft, outcomes: draft.outcomes.map((o) => (o.id === id ? { ...o, statement: text } : o)) };
  }
  const owner = draft.outcomes.find((o) => o.provision.some((p) => p.id === id));
  if (!owner) throw new DraftItemNotFoundError(id);
  const provision = owner.provision.map((p) => (p.id === id ? { ...p, text } : p));
  return { ...draft, outcomes: draft.outcomes.map((o) => (o.id === owner.id ? { ...o, provision } : o)) };
}

function withNewWords(hope: Aspiration, text: string): Aspiration {
  if (hope.text === text) return hope;
  const earlier = (hope.earlierWords ?? []).filter((w) => w !== hope.text && w !== text);
  return { ...hope, text, earlierWords: [...earlier, hope.text] };
}

/**
 * A hope's earlier words brought back as a hope of their own, just before the hope that replaced
 * them (they were said first), with its theme; the hope that replaced them keeps its words and links.
 */
export function bringBackEarlierWords(draft: Draft, hopeId: string, earlier: string): Draft {
  const at = draft.aspirations.findIndex((a) => a.id === hopeId);
  const hope = draft.aspirations[at];
  if (!hope || !hope.earlierWords?.includes(earlier)) throw new DraftItemNotFoundError(hopeId);
  const left = hope.earlierWords.filter((w) => w !== earlier);
  const kept: Aspiration = { ...hope, earlierWords: left };
  if (!left.length) delete kept.earlierWords;
  const back: Aspiration = { id: randomUUID(), text: earlier, theme: hope.theme };
  return { ...draft, aspirations: [...draft.aspirations.slice(0, at), back, kept, ...draft.aspirations.slice(at + 1)] };
}

/**
 * An undo of the answer that replaced a hope's words: the hope has its earlier words again (the
 * last ones, or the `version` named), and keeps its links; the words after that version go.
 */
export function earlierWordsBack(draft: Draft, hopeId: string, version?: string): Draft {
  const hope = draft.aspirations.find((a) => a.id === hopeId);
  const at = version === undefined ? (hope?.earlierWords?.length ?? 0) - 1 : (hope?.earlierWords?.indexOf(version) ?? -1);
  const earlier = at >= 0 ? hope?.earlierWords?.[at] : undefined;
  if (!hope || !earlier) throw new DraftItemNotFoundError(hopeId);
  const back: Aspiration = { ...hope, text: earlier, earlierWords: hope.earlierWords!.slice(0, at) };
  if (!back.earlierWords!.length) delete back.earlierWords;
  return { ...draft, aspirations: draft.aspirations.map((a) => (a.id === hopeId ? back : a)) };
}

/** Whether any hope still keeps words it had before it was replaced. */
export function keepsEarlierWords(draft: Draft): boolean {
  return draft.aspirations.some((a) => a.earlierWords !== undefined);
}

/**
 * The replaced words of every hope let go: they are kept only while the chat can still bring them
 * back, never in a plan that is finished or read by a key worker.
 */
export function withoutEarlierWords(draft: Draft): Draft {
  if (!keepsEarlierWords(draft)) return draft;
  return { ...draft, aspirations: draft.aspirations.map(({ earlierWords: _replaced, ...hope }) => hope) };
}
