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

/** Emoji, their joiners and skin tones, keycaps and flags: a plan is read by others and printed, so its text has none. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0F\u20E3]+/gu;

/** Words kept in the plan: trimmed, with emoji dropped ("i want to be a vet 🐶🐱" keeps "i want to be a vet"). */
export function words(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new RangeError('An answer must have some words; store nothing instead');
  const plain = trimmed.replace(EMOJI, ' ').replace(/[ \t]+([.,!?;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim();
  // Only emoji: nothing else to keep, so the answer is kept as typed rather than lost.
  return /[\p{L}\p{N}]/u.test(plain) ? plain : trimmed;
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
