import { topicAfterLeadIn } from './topicLeadIn';
import { normaliseMessage } from './text';
import { withOneSpelt } from './oneSpelt';

/*
 * At "do you want to add one more goal?", a young person picks a hope by a few of its own words:
 * "one more flat" for "live in flat wiv sam", "yeh footbal wiv priya" for "watch footbal wiv
 * priya". Every word they typed (but "one more", "yeh", "the") is a word of that hope, so they are
 * choosing it, not saying a step; the step question is asked for it. The same reading serves
 * wherever the bot asks which hope ("yes the school one"); two hopes holding the words are asked about.
 */

/** Words around the pick that say nothing about which hope: "yes", "one more", "the ... one". */
const AROUND = new Set(['yes', 'yeah', 'yeh', 'ye', 'yep', 'ok', 'okay', 'one', 'more', 'another', 'the', 'a', 'an', 'my', 'for', 'about', 'do', 'lets', 'please', 'pls', 'hope', 'dream', 'goal', 'that', 'this', 'now', 'next', 'then', 'and', 'so', 'go', 'on']);
/** Little words a hope has that name nothing on their own. */
const LITTLE = new Set(['in', 'on', 'at', 'to', 'with', 'wiv', 'wid', 'w', 'and', 'n', 'of', 'a', 'an', 'the', 'my', 'for', 'i', 'be', 'get', 'go', 'do', 'have', 'want', 'will', 'more', 'some', 'own']);

/** Words people use for the same thing in a hope: "the flat hope" for "have my own place one day". */
const SAME_THING: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['flat', 'place', 'home', 'house', 'housing']),
  new Set(['job', 'work', 'career']),
];

/** "footbal" and "football", "flats" and "flat", "flat" and "place": the same word by its first letters, or the same thing. */
function sameWord(a: string, b: string, sameThing: boolean): boolean {
  const k = Math.min(5, a.length, b.length);
  const stem = (w: string) => w.replace(/s$/, '');
  return a === b || (k >= 4 && a.slice(0, k) === b.slice(0, k)) || (sameThing && SAME_THING.some((g) => g.has(stem(a)) && g.has(stem(b))));
}

/** "no i mean", "sorry i meant": a pick put right begins so. */
const MEANT = /^(?:(?:no|nah|sorry|soz|oops|wait)\s+)*i\s+(?:mean|meant|ment)\s+/;

/** Of these hopes, the ones every typed word comes from; none when the words say more than a pick. */
export function hopesPickedByWords<H extends { id: string; text: string }>(typed: string, hopes: readonly H[]): H[] {
  // "ok do be fit 1": "1" after a word is "one", never a number.
  const said = normaliseMessage(withOneSpelt(typed)).replace(MEANT, '').split(' ').filter((w) => w && !AROUND.has(w));
  // A sentence of their own ("i will cook pasta on my own") is a step, even made of a hope's words.
  if (said.length === 0 || said.length > 4 || said[0] === 'i') return [];
  const named = said.filter((w) => !LITTLE.has(w));
  if (named.length === 0) return [];
  const fitting = (sameThing: boolean) =>
    hopes.filter((h) => {
      const words = normaliseMessage(h.text).split(' ');
      return said.every((w) => LITTLE.has(w) || words.some((x) => sameWord(w, x, sameThing)));
    });
  // A hope holding their own words comes first; another word for the same thing only when none does.
  const own = fitting(false);
  return own.length > 0 ? own : fitting(true);
}

/** Of these hopes, the one every typed word comes from; undefined when the words say more, or fit several alike. */
export function hopePickedByWords<H extends { id: string; text: string }>(typed: string, hopes: readonly H[]): H | undefined {
  const fits = hopesPickedByWords(typed, hopes);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "I will like one for the friend hope", "can we do one for the bus one": an outcome asked for, for a
 * hope named by its own words. Undefined when no lead-in asks for one, or no single hope is named.
 */
export function hopeAskedFor<H extends { id: string; text: string }>(typed: string, hopes: readonly H[]): H | undefined {
  const topic = topicAfterLeadIn(typed);
  if (!topic || !/\b(?:hope|dream|one)$/i.test(topic)) return undefined;
  return hopePickedByWords(topic, hopes);
}
