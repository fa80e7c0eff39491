import { fieldsIn, type OutcomeField } from './outcomeField';
import { normaliseMessage } from './text';

/*
 * Asked whether to add another outcome, people go back to one already made: "But can I go back and
 * change the first outcome, the science one? Its how everyone will know has my question in it",
 * "Yes, but first you never let me fix the how everyone will know part". Which outcome (by its place
 * or its words) and which part they mean; never a new outcome.
 */

export interface EarlierOutcomeChange {
  /** The part named: the measure, the sentence or the date; null when none is named. */
  field: OutcomeField | null;
  /** 1 the first outcome, -1 the last; null when not named by its place. */
  place: number | null;
  /** "the science one": words naming the outcome, or null. */
  about: string | null;
}

const VERB = String.raw`(?:change|changing|fix|fixing|edit|editing|correct|redo|re\s*do|put\s+right|sort\s+out|sort|go\s+back\s+to|go\s+back\s+and\s+(?:change|fix|edit|look\s+at))`;
const OWNER = String.raw`(?:the|my|that|this|his|her|their|its|it\s+s|our)`;
const PLACE = String.raw`(?:first|1st|second|2nd|third|3rd|last|previous|earlier|other|old)`;
/** "change the first outcome", "go back to the science one", "fix that goal". */
const TO_OUTCOME = new RegExp(String.raw`\b${VERB}\s+(?:${OWNER}\s+)?(?:(${PLACE})\s+)?(?:outcome|goal)\b|\b${VERB}\s+(?:${OWNER}\s+)?(?:(${PLACE})\s+)?(?:([a-z]+(?:\s+[a-z]+)?)\s+)?one\b`);
/** "fix the how everyone will know part", "let me change the measure": a part of an outcome to change. */
const TO_PART = new RegExp(String.raw`\b${VERB}\s+(?:${OWNER}\s+)?(?:(?:${PLACE})\s+outcome\s*s?\s+)?(?:how\s+(?:everyone|every\s+one|we|people|you)\s+(?:will|ll)\s+know|measure|sentence|date)\b`);
/** "the science one": words naming an outcome beside the request. */
const NAMED_ONE = /\bthe\s+([a-z]+(?:\s+[a-z]+)?)\s+one\b/;
const PLACES: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, last: -1, previous: -1 };
const NOT_A_NAME = new Set(['first', 'second', 'third', 'last', 'other', 'previous', 'earlier', 'old', 'next', 'new', 'same']);

/** The change asked for to an outcome already made; null when the message asks for none. */
export function readEarlierOutcomeChange(text: string): EarlierOutcomeChange | null {
  if (text.length > 400) return null;
  const said = normaliseMessage(text);
  const outcome = TO_OUTCOME.exec(said);
  const part = TO_PART.exec(said);
  if (!outcome && !part) return null;
  const placeWord = outcome?.[1] ?? outcome?.[2] ?? /\b(first|1st|second|2nd|third|3rd|last|previous)\s+(?:outcome|goal|one)\b/.exec(said)?.[1];
  const named = NAMED_ONE.exec(said)?.[1] ?? outcome?.[3];
  const about = named && !named.split(' ').some((w) => NOT_A_NAME.has(w)) ? named : null;
  // "the first outcome" names the outcome, not its sentence: the sentence is meant only when named as such.
  const fields = new Set(fieldsIn(said).map((f) => f.field));
  const field = fields.has('measure') ? 'measure' : fields.has('when') ? 'when' : /\b(?:sentence|statement|step|words)\b/.test(said) ? 'step' : null;
  return { field, place: placeWord ? (PLACES[placeWord] ?? null) : null, about };
}
