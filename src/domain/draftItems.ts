/*
 * What every draft operation shares: an answer must have words, and an item must be there to be
 * changed (a missing one throws, so no answer is silently dropped).
 */

export class DraftItemNotFoundError extends Error {
  constructor(readonly itemId: string) {
    super(`No draft item with id ${itemId}`);
    this.name = 'DraftItemNotFoundError';
  }
}

export function words(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new RangeError('An answer must have some words; store nothing instead');
  return trimmed;
}

export function requireItem<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new DraftItemNotFoundError(id);
  return item;
}

export function mapById<T extends { id: string }>(items: readonly T[], id: string, change: (item: T) => T): T[] {
  requireItem(items, id);
  return items.map((item) => (item.id === id ? change(item) : item));
}
