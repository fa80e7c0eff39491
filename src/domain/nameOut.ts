import type { Draft } from './draft';

/*
 * A person the young person wants kept out of their plan: their name is taken out of every answer
 * kept as plan content (about me, hopes, needs and what helps, outcomes and their support), written
 * as "someone". Flags and the note for the safeguarding lead are not plan content and keep it.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The draft with `name` taken out of its plan content, and how many answers changed. */
export function withoutName(draft: Draft, name: string): { draft: Draft; changed: number } {
  const word = new RegExp(String.raw`\b${escape(name)}(?:'s|’s|s(?=\s+(?:name|phone|money|room)\b))?\b`, 'gi');
  return withoutWords(draft, word, (m) => /(?:'s|’s|s)$/i.test(m) && m.length > name.length);
}

/** The draft with every match of `words` (a global pattern) written "someone" in its plan content; `owns` tells "Craig's" from "Craig". */
export function withoutWords(draft: Draft, words: RegExp, owns: (match: string) => boolean = (m) => /['’]s$/i.test(m)): { draft: Draft; changed: number } {
  const word = words;
  let changed = 0;
  const out = (text: string): string => {
    const next = text.replace(word, (m) => (owns(m) ? "someone's" : 'someone'));
    if (next !== text) changed += 1;
    return next;
  };
  const maybe = <T extends string | null | undefined>(text: T): T => (typeof text === 'string' ? (out(text) as T) : text);
  const next: Draft = {
    ...draft,
    aboutMe: { strengths: draft.aboutMe.strengths.map(out), important: draft.aboutMe.important.map(out), support: draft.aboutMe.support.map(out) },
    aspirations: draft.aspirations.map((a) => ({ ...a, text: out(a.text), ...(a.earlierWords ? { earlierWords: a.earlierWords.map(out) } : {}) })),
    needs: draft.needs.map((n) => ({ ...n, text: out(n.text), ...(n.helps ? { helps: n.helps.map(out) } : {}) })),
    outcomes: draft.outcomes.map((o) => ({
      ...o,
      statement: out(o.statement),
      doesForMe: maybe(o.doesForMe),
      makesPossible: maybe(o.makesPossible),
      measure: maybe(o.measure),
      measureInTheirWords: maybe(o.measureInTheirWords),
      // Their own first wording goes out with the plan too (it is in the exported draft), so the name they asked to keep
      // out is taken out there as well; only a person a note names is ever taken out (nameOutAsked.ts).
      inTheirWords: maybe(o.inTheirWords),
      provision: o.provision.map((p) => ({ ...p, text: out(p.text), howOften: maybe(p.howOften) })),
      ...(o.steps ? { steps: o.steps.map((s) => ({ ...s, text: out(s.text) })) } : {}),
    })),
  };
  return { draft: next, changed };
}

/** Every answer kept as plan content, as one list of strings. */
function planTexts(draft: Draft): string[] {
  return [
    ...draft.aboutMe.strengths, ...draft.aboutMe.important, ...draft.aboutMe.support,
    ...draft.aspirations.map((a) => a.text),
    ...draft.needs.flatMap((n) => [n.text, ...(n.helps ?? [])]),
    ...draft.outcomes.flatMap((o) => [o.statement, o.doesForMe ?? '', o.makesPossible ?? '', ...o.provision.map((p) => p.text)]),
  ];
}

/** "go with my mate Jake": the plan writes the word with a capital inside a sentence, as a name is written. */
export function capitalisedInPlan(draft: Draft, name: string): boolean {
  const cap = escape(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
  const inside = new RegExp(String.raw`(?<=[a-z,]\s)${cap}(?![\p{L}])`, 'u');
  return planTexts(draft).some((text) => inside.test(text));
}
