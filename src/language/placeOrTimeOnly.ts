import { concernByRules } from './concern';
import { DONE_TO_THEM, HARM_OR_FEAR } from './safeButHard';
import { normaliseMessage } from './text';

/*
 * An answer to "Is there a place or a time when you don't feel safe?" that names only a place or a
 * time ("bus at nite sumtimes", "yeah on the bus home", "at night"): nobody named, nothing done to
 * them, no fear said. It is named back and asked about once, kindly; the whole crisis answer and a
 * note wait for harm to be said. Home, school and online are never read so: they keep the full answer.
 */

export const SafePlace = { bus: 'bus', train: 'train', taxi: 'taxi', street: 'street', park: 'park', town: 'town' } as const;
export type SafePlace = (typeof SafePlace)[keyof typeof SafePlace];

export interface PlaceOrTime {
  place?: SafePlace;
  /** At night or in the dark. */
  night: boolean;
}

const PLACE_WORDS: Readonly<Record<string, SafePlace>> = {
  bus: 'bus', buses: 'bus', busses: 'bus', minibus: 'bus', stop: 'bus',
  train: 'train', trains: 'train', station: 'train', tram: 'train', trams: 'train', tube: 'train',
  taxi: 'taxi', taxis: 'taxi', cab: 'taxi', cabs: 'taxi',
  street: 'street', streets: 'street', road: 'street', roads: 'street', outside: 'street', alley: 'street', alleys: 'street', underpass: 'street', subway: 'street',
  park: 'park', parks: 'park',
  town: 'town', city: 'town', shops: 'town', shop: 'town', centre: 'town', center: 'town',
};
const NIGHT_WORDS = new Set(['night', 'nite', 'nights', 'nites', 'nighttime', 'tonight', 'dark', 'evening', 'evenings', 'late']);
/** Words around a place or a time that say nothing more: yes, sometimes, on the, going home... */
const FILLER = new Set([
  'yes', 'yeah', 'yeh', 'yea', 'ye', 'yep', 'yup', 'yh', 'maybe', 'sometimes', 'sumtimes', 'somtimes', 'sometime', 'sumtime', 'occasionally',
  'at', 'times', 'kind', 'kinda', 'sort', 'of', 'a', 'bit', 'little', 'the', 'my', 'on', 'in', 'when', 'its', 'it', 'is', 's', 'and', 'or',
  'going', 'coming', 'get', 'getting', 'way', 'walk', 'walking', 'to', 'from', 'back', 'out', 'after', 'especially', 'mostly', 'usually',
  'probably', 'like', 'um', 'erm', 'umm', 'hmm', 'well', 'only', 'just', 'also', 'too', 'i', 'think', 'guess', 'dunno', 'by', 'myself',
  'alone', 'own', 'home', 'there', 'then', 'gets', 'around', 'near', 'stops',
]);

/** The place or the time named, when that is all the answer says; undefined otherwise. */
export function placeOrTimeOnly(text: string): PlaceOrTime | undefined {
  if (text.length > 120) return undefined;
  const said = normaliseMessage(text);
  if (!said || HARM_OR_FEAR.test(said) || DONE_TO_THEM.test(said) || concernByRules(text)) return undefined;
  const places = new Set<SafePlace>();
  let night = false;
  for (const word of said.split(' ')) {
    const place = Object.hasOwn(PLACE_WORDS, word) ? PLACE_WORDS[word] : undefined;
    if (place) places.add(place);
    else if (NIGHT_WORDS.has(word)) night = true;
    else if (!FILLER.has(word)) return undefined;
  }
  // "home" alone is no place on the way: "at home sometimes" keeps the full answer.
  if (places.size === 0 && /\bhome\b/.test(said)) return undefined;
  if (places.size > 1 || (places.size === 0 && !night)) return undefined;
  const [place] = places;
  return { ...(place ? { place } : {}), night };
}

/** Harm or fear said in an answer about the place ("they follow me", "im scared"). */
export function saysHarmOrFear(text: string): boolean {
  const said = normaliseMessage(text);
  return HARM_OR_FEAR.test(said) || DONE_TO_THEM.test(said);
}
