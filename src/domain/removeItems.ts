import { parseItemId } from './itemIds';
import { removeItem } from './operations';
import type { Draft } from './draft';

/*
 * The person's short answers (about me, what helps) are addressed by their place in a list
 * ("aboutMe/strengths/2", "<needId>/helps/1"), so taking one out moves the ones after it up.
 * Everything that names an item by id (several items taken out at once, the key worker's comments,
 * the journey's note of which question added which item) is moved with them, never left pointing
 * at the next answer.
 */

/** What `id` is called once `removedId` is taken out: the same, one place earlier, or undefined when it went too. */
export function itemIdAfterRemoval(removedId: string, id: string): string | undefined {
  if (id === removedId) return undefined;
  const gone = parseItemId(removedId);
  const ref = parseItemId(id);
  if (gone.kind === 'aboutMe' && ref.kind === 'aboutMe' && ref.section === gone.section && ref.index > gone.index) return `aboutMe/${ref.section}/${ref.index - 1}`;
  if (gone.kind === 'needHelp' && ref.kind === 'needHelp' && ref.needId === gone.needId && ref.index > gone.index) return `${ref.needId}/helps/${ref.index - 1}`;
  // A need's helps and an outcome's fields go with it.
  if (gone.kind === 'entity' && ref.kind === 'needHelp' && ref.needId === gone.id) return undefined;
  if (gone.kind === 'entity' && ref.kind === 'outcomePart' && ref.outcomeId === gone.id) return undefined;
  return id;
}

/** The ids still meaning the same items after these were taken out, in order; the ones taken out are dropped. */
export function idsAfterRemoval(removedIds: readonly string[], ids: readonly string[]): string[] {
  let pending = [...removedIds];
  let kept: (string | undefined)[] = [...ids];
  while (pending.length > 0) {
    const gone = pending.shift()!;
    kept = kept.map((id) => (id === undefined ? undefined : itemIdAfterRemoval(gone, id)));
    pending = pending.map((id) => itemIdAfterRemoval(gone, id)).filter((id): id is string => id !== undefined);
  }
  return kept.filter((id): id is string => id !== undefined);
}

/**
 * Takes out several items at once ("delete 1 and 3"), each still the one the person meant, and
 * keeps the key worker's comments beside the answers they are about. A comment on an answer taken
 * out is kept, about the whole draft.
 */
export function removeItems(draft: Draft, ids: readonly string[]): Draft {
  let pending = [...ids];
  let next = draft;
  while (pending.length > 0) {
    const gone = pending.shift()!;
    const ref = parseItemId(gone);
    next = removeItem(next, gone);
    next = {
      ...next,
      comments: next.comments.map((c) => {
        if (!c.itemId) return c;
        const after = itemIdAfterRemoval(gone, c.itemId);
        if (after === c.itemId) return c;
        // An entity's id is never reused, so a comment on it can keep it; a place in a list is reused.
        if (after === undefined && ref.kind === 'entity' && c.itemId === gone) return c;
        const { itemId: _old, ...rest } = c;
        return after === undefined ? rest : { ...rest, itemId: after };
      }),
    };
    pending = pending.map((id) => itemIdAfterRemoval(gone, id)).filter((id): id is string => id !== undefined);
  }
  return next;
}

/**
 * The items that go when these are taken out: a hope takes with it the needs linked to no other
 * hope (and their help) and the outcomes towards it, so nothing is left linked to no hope.
 */
export function withDependents(draft: Draft, ids: readonly string[]): string[] {
  const hopes = new Set(ids.filter((id) => draft.aspirations.some((a) => a.id === id)));
  if (hopes.size === 0) return [...ids];
  const needs = draft.needs.filter((n) => n.aspirationIds.length > 0 && n.aspirationIds.every((a) => hopes.has(a))).map((n) => n.id);
  const outcomes = draft.outcomes.filter((o) => o.aspirationId !== null && hopes.has(o.aspirationId)).map((o) => o.id);
  const more = [...needs, ...outcomes].filter((id) => !ids.includes(id));
  return [...ids, ...more];
}

/** A hope there twice: the copy's needs and outcomes move to the one that stays, then the copy goes. */
export function mergeHopeInto(draft: Draft, copyId: string, keepId: string): Draft {
  const moved: Draft = {
    ...draft,
    needs: draft.needs.map((n) => (n.aspirationIds.includes(copyId) ? { ...n, aspirationIds: [...new Set(n.aspirationIds.map((a) => (a === copyId ? keepId : a)))] } : n)),
    outcomes: draft.outcomes.map((o) => (o.aspirationId === copyId ? { ...o, aspirationId: keepId } : o)),
  };
  return removeItems(moved, [copyId]);
}

/**
 * An outcome there twice: the help and needs only the copy had move to the one that stays, and the
 * fields the one that stays has not filled in yet are taken from the copy; then the copy goes.
 */
export function mergeOutcomeInto(draft: Draft, copyId: string, keepId: string): Draft {
  const copy = draft.outcomes.find((o) => o.id === copyId);
  if (!copy || !draft.outcomes.some((o) => o.id === keepId)) return draft;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const moved: Draft = {
    ...draft,
    outcomes: draft.outcomes.map((o) => {
      if (o.id !== keepId) return o;
      const help = copy.provision.filter((p) => !o.provision.some((k) => same(k.text, p.text)));
      return {
        ...o,
        needIds: [...new Set([...o.needIds, ...copy.needIds])],
        provision: [...o.provision, ...help],
        timeframe: o.timeframe ?? copy.timeframe,
        doesForMe: o.doesForMe ?? copy.doesForMe,
        makesPossible: o.makesPossible ?? copy.makesPossible,
        ...(o.measure === undefined && copy.measure !== undefined ? { measure: copy.measure } : {}),
      };
    }),
  };
  return removeItems(moved, [copyId]);
}

/**
 * A hard thing taken out, what helps with it kept: moved to another hard thing of the same hope
 * when there is one, else kept as how best to support them. Returns where it went ('need' or 'support').
 */
export function removeNeedKeepingHelp(draft: Draft, needId: string, toNeedId?: string): { draft: Draft; keptUnder: 'need' | 'support'; needText?: string } {
  const need = draft.needs.find((n) => n.id === needId);
  const helps = need?.helps ?? [];
  if (!need || helps.length === 0) return { draft: removeItems(draft, [needId]), keptUnder: 'support' };
  // The hard thing they named for the help, else another under the same hope.
  const named = toNeedId && toNeedId !== needId ? draft.needs.find((n) => n.id === toNeedId) : undefined;
  const other = named ?? draft.needs.find((n) => n.id !== needId && n.aspirationIds.some((a) => need.aspirationIds.includes(a)));
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const moved: Draft = other
    ? { ...draft, needs: draft.needs.map((n) => (n.id === other.id ? { ...n, helps: [...(n.helps ?? []), ...helps.filter((h) => !(n.helps ?? []).some((k) => same(k, h)))] } : n)) }
    : { ...draft, aboutMe: { ...draft.aboutMe, support: [...draft.aboutMe.support, ...helps.filter((h) => !draft.aboutMe.support.some((k) => same(k, h)))] } };
  return { draft: removeItems(moved, [needId]), keptUnder: other ? 'need' : 'support', ...(other ? { needText: other.text } : {}) };
}
