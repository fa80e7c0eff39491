import type { Draft, YoungPerson } from './draft';
import type { Pronoun } from './vocabulary';

/*
 * The pronoun a parent, carer or supporter uses for the young person. Said when they told us who
 * they are ("I am her mum"), it is kept on the draft. When they tapped a button instead, it is read
 * from the words they wrote in the plan: only when those use one of "he" or "she" and never the
 * other, so a brother, a sister or a teacher in the answers leaves it "they", never a guess.
 */

const HE = /\b(?:he|him|his|himself|hes|he's)\b/i;
const SHE = /\b(?:she|her|hers|herself|shes|she's)\b/i;

const speaksForThem = (person: YoungPerson): boolean => person.who === 'parent_carer' || person.who === 'supporter';

/** Everything the person wrote in the plan about the young person. */
function wordsWritten(draft: Draft): string[] {
  return [
    ...draft.aboutMe.strengths,
    ...draft.aboutMe.important,
    ...draft.aboutMe.support,
    ...draft.aspirations.map((a) => a.text),
    ...draft.needs.flatMap((n) => [n.text, ...(n.helps ?? [])]),
    ...draft.outcomes.flatMap((o) => [o.statement, o.measure ?? '', o.doesForMe ?? '', o.makesPossible ?? '']),
  ];
}

/** The young person's pronoun as the person chatting uses it; undefined for a young person chatting, or when it is not clear. */
export function childPronoun(draft: Draft): Pronoun | undefined {
  const person = draft.youngPerson;
  if (!speaksForThem(person)) return undefined;
  if (person.pronoun) return person.pronoun;
  const written = wordsWritten(draft);
  const he = written.some((w) => HE.test(w));
  const she = written.some((w) => SHE.test(w));
  return he === she ? undefined : he ? 'he' : 'she';
}

/** The young person as read-backs speak of them: with the pronoun the person chatting uses, when known. */
export function personForReadBack(draft: Draft): YoungPerson {
  const pronoun = childPronoun(draft);
  return pronoun ? { ...draft.youngPerson, pronoun } : draft.youngPerson;
}
