import type { Draft, Need } from '../src/domain/draft';
import { normaliseMessage } from '../src/language/text';
import type { Position } from './journey';

/*
 * At "what already helps?" the position remembers which hard things were just kept (data.need, ids
 * joined by spaces). Messages there that put one of them right, or say one was help, name it in a
 * few words: the hard thing named is the one holding every longer word said.
 */

/** The words of a message that can name a thing: plain, lower case, longer than two letters. */
export const plainWords = (text: string): string[] => normaliseMessage(text).split(' ').filter((w) => w.length > 2);

/** The hard things asked about at this question, in the order they were kept. */
export function hardThingsAsked(draft: Draft | undefined, position: Position): Need[] {
  const ids = (position.data?.need ?? '').split(' ').filter(Boolean);
  return (draft?.needs ?? []).filter((n) => ids.includes(n.id));
}

/** The hard thing whose words hold every longer word said; undefined when none does or nothing was said. */
export function hardNamedBy(said: string | undefined, asked: readonly Need[]): Need | undefined {
  const words = said ? plainWords(said) : [];
  return words.length > 0 ? asked.find((n) => { const own = plainWords(n.text); return words.every((w) => own.includes(w)); }) : undefined;
}
