import type { Draft } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';

/*
 * The ids of a draft's items, by draft: a turn that changes the draft twice compares each version
 * with the one before, and drafts are never changed in place, so each version's ids are listed once.
 */
const itemIds = new WeakMap<Draft, ReadonlySet<string>>();
export function itemIdsOf(draft: Draft): ReadonlySet<string> {
  let ids = itemIds.get(draft);
  if (!ids) itemIds.set(draft, (ids = new Set(summaryItems(draft).map((item) => item.id))));
  return ids;
}

