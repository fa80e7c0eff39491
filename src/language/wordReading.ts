import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { knownWords } from './vocabulary';
import { wordCluster } from './wordClusters';
import { forgottenWithReadings, keepsEveryWord } from './recentReadings';

/**
 * What the readers take from one word: its stem and its word group. The statement features and the
 * concern features read the same words again and again (within a message and across messages):
 * each word is stemmed once, for every reader, instead of once per reader per message.
 */
export interface WordReading {
  stem: string;
  /** The word group's feature ("~c12"), or null when it has none. */
  group: string | null;
}

const readings = new Map<string, WordReading>();
/** Words kept: more than the different words of a day's chats, few enough to stay small. */
const WORDS_KEPT = 50_000;
forgottenWithReadings({ forget: () => readings.clear(), holds: (text) => keepsEveryWord(readings, text) });

/** Porter stem of a word: looked up for corpus words, computed for the rest. */
export function stemOf(word: string): string {
  return knownWords().get(word) ?? PorterStemmer.stem(word);
}

/** The word's stem and group, read once and remembered (bounded). */
export function readWord(word: string): WordReading {
  let reading = readings.get(word);
  if (reading === undefined) {
    if (readings.size >= WORDS_KEPT) readings.clear();
    const id = wordCluster(word);
    reading = { stem: stemOf(word), group: id === undefined ? null : `~c${id}` };
    readings.set(word, reading);
  }
  return reading;
}
