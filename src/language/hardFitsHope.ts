import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { meaningStems } from './thread';

/*
 * "i get anxious talking to customers", said at a hopes question by someone hoping to "work in a
 * games shop": the hard thing is about that hope, by the words they share. Only one hope may fit;
 * when two fit as well, or none shares a word, no hope is named.
 */

/** Words any hard thing and hope may share without being about the same thing ("busy places", "my own place"). */
const GENERIC = new Set(['place', 'places', 'people', 'person', 'new', 'big', 'little', 'school', 'college', 'home', 'help', 'love', 'feel', 'try'].map((w) => PorterStemmer.stem(w)));

function shared(hard: string, hope: string): number {
  const mine = meaningStems(hope);
  return [...meaningStems(hard)].filter((s) => mine.has(s) && !GENERIC.has(s)).length;
}

/** The one hope whose words a hard thing shares most; undefined when none, or two alike. */
export function hopeTheHardThingFits<H extends { text: string }>(hard: string, hopes: readonly H[]): H | undefined {
  const scored = hopes.map((hope) => ({ hope, shared: shared(hard, hope.text) })).sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared > 0 && (next?.shared ?? 0) < best.shared ? best.hope : undefined;
}
