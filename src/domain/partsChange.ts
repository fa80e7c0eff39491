import { z } from 'zod';
import { aboutMeSchema, aspirationSchema, needSchema, outcomeSchema, type Draft } from './draft';

/*
 * One change to the plan's own parts (about me, hopes, needs, outcomes), kept so it can be undone:
 * only the items it touched, as they were and where they stood, and the ids of the items it added.
 * Undoing it puts back those items and nothing else, so a later edit, a key worker's or one made
 * another way, is never lost. Flags and notes for safeguarding are never part of it.
 */

/** An item as it was and where it stood; `gone` when the change took it out (else it reworded or moved it). */
const placed = <T extends z.ZodTypeAny>(item: T) => z.array(z.object({ index: z.number().int().min(0).max(10_000), item, gone: z.literal(true).optional() }));

export const partsChangeSchema = z.object({
  aspirations: placed(aspirationSchema),
  needs: placed(needSchema),
  outcomes: placed(outcomeSchema),
  /** Ids of the items the change added: taken out again when it is undone. */
  added: z.array(z.string().max(200)).max(1_000),
  /** The about-me lists the change touched, as they were. */
  aboutMe: aboutMeSchema.partial().optional(),
});
export type PartsChange = z.infer<typeof partsChangeSchema>;

const LISTS = ['aspirations', 'needs', 'outcomes'] as const;
const ABOUT_ME = ['strengths', 'important', 'support'] as const;
type Listed = { id: string };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Items kept on both sides in another order: every item of that list counts as touched. */
function reordered(before: readonly Listed[], after: readonly Listed[]): boolean {
  const afterIds = new Set(after.map((i) => i.id));
  const beforeIds = new Set(before.map((i) => i.id));
  return !same(before.map((i) => i.id).filter((id) => afterIds.has(id)), after.map((i) => i.id).filter((id) => beforeIds.has(id)));
}

/**
 * An item's own content. A hope's earlier words are the chat's memory of a rewording, let go when the
 * review is finished: letting them go is no change of the person's to undo.
 */
const contentOf = (item: Listed | undefined): unknown => (item ? Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'earlierWords')) : undefined);

type Placed<T> = { index: number; item: T; gone?: true };

function touched<T extends Listed>(before: readonly T[], after: readonly T[]): { placed: Placed<T>[]; added: string[] } {
  const now = new Map(after.map((i) => [i.id, i]));
  const was = new Set(before.map((i) => i.id));
  const moved = reordered(before, after);
  return {
    placed: before
      .map((item, index): Placed<T> => ({ index, item, ...(now.has(item.id) ? {} : { gone: true as const }) }))
      .filter(({ item }) => moved || !same(contentOf(now.get(item.id)), contentOf(item))),
    added: after.filter((i) => !was.has(i.id)).map((i) => i.id),
  };
}

/** What a change did to the plan's own parts; undefined when it left them as they were. */
export function partsChangeBetween(before: Draft, after: Draft): PartsChange | undefined {
  const hopes = touched(before.aspirations, after.aspirations);
  const needs = touched(before.needs, after.needs);
  const outcomes = touched(before.outcomes, after.outcomes);
  const aboutMe = Object.fromEntries(ABOUT_ME.filter((k) => !same(before.aboutMe[k], after.aboutMe[k])).map((k) => [k, before.aboutMe[k]]));
  const added = [...hopes.added, ...needs.added, ...outcomes.added];
  const count = hopes.placed.length + needs.placed.length + outcomes.placed.length + added.length + Object.keys(aboutMe).length;
  if (count === 0) return undefined;
  return { aspirations: hopes.placed, needs: needs.placed, outcomes: outcomes.placed, added, ...(Object.keys(aboutMe).length > 0 ? { aboutMe } : {}) };
}

/**
 * The list with the touched items as they were, in their places, and the added ones taken out. An item
 * the change only reworded or moved, and that has been taken out since, stays out.
 */
function putBack<T extends Listed>(now: readonly T[], touchedItems: readonly Placed<T>[], added: ReadonlySet<string>): T[] {
  const present = new Set(now.map((i) => i.id));
  const kept = touchedItems.filter((k) => k.gone || present.has(k.item.id));
  const ids = new Set(kept.map((k) => k.item.id));
  const next = now.filter((i) => !ids.has(i.id) && !added.has(i.id));
  for (const { index, item } of [...kept].sort((a, b) => a.index - b.index)) next.splice(Math.min(index, next.length), 0, item);
  return next;
}

/** The draft with that one change undone; everything else stays as it is now. */
export function undoPartsChange(draft: Draft, change: PartsChange): Draft {
  const added = new Set(change.added);
  const lists = Object.fromEntries(LISTS.map((k) => [k, putBack<Listed>(draft[k], change[k], added)])) as Pick<Draft, (typeof LISTS)[number]>;
  return { ...draft, ...lists, aboutMe: { ...draft.aboutMe, ...change.aboutMe } };
}
