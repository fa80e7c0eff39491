import { personOnCalendar, type PersonOnCalendar } from '../src/domain/schoolYear';
import { childPronoun } from '../src/domain/childPronoun';
import { callsThemTheirChild, speaksForThem as personSpeaksForThem } from '../src/domain/aboutWhom';
import type { Draft, Pronoun } from '../src/domain/draft';
import type { Words } from './say';

/**
 * Who the questions are about: the person chatting, a young person we know by name (or, for a
 * carer or supporter who did not say it, "the young person"), or a mum or dad's child whose name we
 * were not told ("your child" wording).
 */
export type AboutWhom = 'self' | 'child' | 'yourChild';

/** The three twins of one sentence; each stage names its own keys, never building them. */
export interface WhomKeys {
  self: string;
  child: string;
  yourChild: string;
}

/** A parent, carer or supporter chats about the young person; the young person (helped or not) about themselves. */
export function speaksForThem(draft: Draft | undefined): boolean {
  return personSpeaksForThem(draft?.youngPerson);
}

/** What a foster carer, a nan or a supporter hears in place of a name they did not give. */
export const THE_YOUNG_PERSON = 'the young person';

export function aboutWhom(draft: Draft | undefined): { whom: AboutWhom; name: string } {
  if (!draft || !speaksForThem(draft)) return { whom: 'self', name: draft?.youngPerson.name ?? '' };
  const name = draft.youngPerson.name ?? '';
  if (name) return { whom: 'child', name };
  // Only a mum or dad is asked about "your child"; anyone else hears about "the young person".
  return callsThemTheirChild(draft.youngPerson) ? { whom: 'yourChild', name } : { whom: 'child', name: THE_YOUNG_PERSON };
}

/** A parent or carer is asked about their child; everyone else (a helper too) about "you". */
export function isAboutAChild(draft: Draft | undefined): boolean {
  return aboutWhom(draft).whom !== 'self';
}

/** "him" or "her" once the parent or carer said "he" or "his", "she" or "her"; "them" until then. */
const OBJECT_PRONOUN: Record<Pronoun, string> = { he: 'him', she: 'her', they: 'them' };

/** The twin that fits who is answering, with `name` and `them` (him, her or them) always available to the sentence. */
export function wordsFor(draft: Draft | undefined, keys: WhomKeys, vars: Record<string, string> = {}): Words {
  const { whom, name } = aboutWhom(draft);
  const pronoun = draft ? (childPronoun(draft) ?? draft.youngPerson.pronoun) : undefined;
  return { key: keys[whom], vars: { them: pronoun ? OBJECT_PRONOUN[pronoun] : 'them', ...vars, name } };
}

/** The date the language analysis counts from, as the England school calendar needs it. */
export function analysisContext(draft: Draft | undefined, today: Date): PersonOnCalendar {
  return personOnCalendar(draft?.youngPerson, today);
}
