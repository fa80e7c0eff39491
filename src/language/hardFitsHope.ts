import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { overlap } from './thread';

/*
 * "i get anxious talking to customers", said at a hopes question by someone hoping to "work in a
 * games shop": the hard thing is about that hope, by the words they share. Only one hope may fit;
 * when two fit as well, or none shares a word, no hope is named.
 */

/** Words any hard thing and hope may share without being about the same thing ("busy places", "my own place"); school, home, love and help are already weak words of overlap. */
const GENERIC: ReadonlySet<string> = new Set(['place', 'places', 'people', 'person', 'new', 'big', 'little', 'feel', 'try'].map((w) => PorterStemmer.stem(w)));

const shared = (hard: string, hope: string): number => overlap(hard, hope, false, GENERIC);

/** The one hope whose words a hard thing shares most; undefined when none, or two alike. */
export function hopeTheHardThingFits<H extends { text: string }>(hard: string, hopes: readonly H[]): H | undefined {
  const scored = hopes.map((hope) => ({ hope, shared: shared(hard, hope.text) })).sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared > 0 && (next?.shared ?? 0) < best.shared ? best.hope : undefined;
}
