import { escapeRegExp } from './text';

/*
 * A parent or carer often calls their child by name ("Sam hits me when he gets angry"). The readers
 * of a parent's account know "my son", "my child", "he": the name the conversation gave the child is
 * read as "my child", so "Sam hits me" reads as "my son hits me" does. The name comes from the
 * conversation, never from a list of names.
 */

/** Names that are everyday words too ("will", "may", "hope"): read as the child only when typed with a capital. */
const EVERYDAY_WORDS = new Set(['will', 'may', 'hope', 'faith', 'grace', 'joy', 'rose', 'summer', 'art', 'bill', 'mark', 'pat', 'rob', 'sky', 'honey', 'ray', 'dawn', 'gene', 'guy', 'jack', 'june', 'april', 'august', 'penny', 'ruby', 'amber', 'holly', 'ivy', 'lily', 'daisy', 'river', 'rain', 'storm', 'king', 'angel', 'blessing', 'precious', 'harmony', 'hunter', 'chase', 'miles', 'max', 'frank', 'sunny', 'happy', 'star', 'cash', 'don', 'sue']);

/** The message with the child's own name read as "my child" ("Sam's" as "my child's"); unchanged without a usable name. */
export function childNamedAsMine(text: string, name: string | undefined): string {
  const first = name?.trim().split(/\s+/)[0]?.replace(/[^\p{L}'-]/gu, '');
  if (!first || first.length < 2) return text;
  const everyday = EVERYDAY_WORDS.has(first.toLowerCase());
  const capital = first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
  const pattern = new RegExp(`(?<![\\p{L}'])(${escapeRegExp(everyday ? capital : first)})(?:(['\u2019])s)?(?![\\p{L}])`, everyday ? 'gu' : 'giu');
  return text.replace(pattern, (_whole, _name: string, apostrophe?: string) => (apostrophe ? `my child${apostrophe}s` : 'my child'));
}
