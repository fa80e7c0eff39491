import type { Draft } from './draft';

/*
 * The young person's name given its capitals in every stored text ("ellie-may finds it hard" ->
 * "Ellie-May finds it hard"). A name that may be an everyday word too ("Will", "May", as the
 * caller's `mayBeAWord` says) is left in the texts, since "she may need help" must not become
 * "she May need help".
 */

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The draft with the name written as `name` wherever its other spellings of case stand as a word, and how many texts changed. */
export function withNameCapitalised(draft: Draft, name: string, mayBeAWord: (word: string) => boolean): { draft: Draft; changed: number } {
  let changed = 0;
  const pattern = new RegExp(`(?<![\\p{L}'’-])${escaped(name)}(?![\\p{L}'’-])`, 'giu');
  const fix = (text: string): string => {
    if (mayBeAWord(name)) return text;
    const next = text.replace(pattern, (found) => (found === name ? found : name));
    if (next !== text) changed++;
    return next;
  };
  const fixOptional = (text: string | undefined): string | undefined => (text === undefined ? undefined : fix(text));
  const fixNullable = (text: string | null): string | null => (text === null ? null : fix(text));
  const next: Draft = {
    ...draft,
    youngPerson: { ...draft.youngPerson, name },
    aboutMe: { strengths: draft.aboutMe.strengths.map(fix), important: draft.aboutMe.important.map(fix), support: draft.aboutMe.support.map(fix) },
    aspirations: draft.aspirations.map((a) => ({ ...a, text: fix(a.text) })),
    needs: draft.needs.map((n) => ({ ...n, text: fix(n.text), ...(n.helps ? { helps: n.helps.map(fix) } : {}) })),
    outcomes: draft.outcomes.map((o) => ({
      ...o,
      statement: fix(o.statement),
      doesForMe: fixNullable(o.doesForMe),
      makesPossible: fixNullable(o.makesPossible),
      measure: fixOptional(o.measure),
      measureInTheirWords: fixOptional(o.measureInTheirWords),
      inTheirWords: fixOptional(o.inTheirWords),
      provision: o.provision.map((p) => ({ ...p, text: fix(p.text) })),
      ...(o.steps ? { steps: o.steps.map((s) => ({ ...s, text: fix(s.text) })) } : {}),
    })),
  };
  return { draft: next, changed };
}
