import type { Draft } from '../src/domain/draft';
import { withDependents } from '../src/domain/removeItems';
import type { Translate } from '../src/i18n';
import { readHopeParts } from '../src/language/hopePartsAnswer';
import type { Choice, Words } from './say';

/*
 * "take out the vet one" in the chat, for a hope with hard things or outcomes of its own: the
 * question says what goes with it, and the person picks all of it, just the hope, or nothing.
 * Nothing is left linked to no hope without the person having said so.
 */

export const HopePartsText = {
  question: 'common:chatTalk.removeHopeWithPartsQuestion',
  questionStarted: 'common:chatTalk.removeHopeWithPartsStartedQuestion',
  /** Plural: `_one` and `_other` in the content, picked by `count`. */
  needs: 'common:chatTalk.hopePartNeed',
  /** Plural: `_one` and `_other` in the content, picked by `count`. */
  outcomes: 'common:chatTalk.hopePartOutcome',
  both: 'common:chatTalk.hopePartsBoth',
  removedAll: 'common:chatTalk.removedHopeWithParts',
  removedAllStarted: 'common:chatTalk.removedHopeWithPartsStarted',
  removedHopeOnly: 'common:chatTalk.removedHopeKeptParts',
  takeAll: 'common:chatTalk.hopePartsTakeAll',
  keepParts: 'common:chatTalk.hopePartsKeep',
  leaveHope: 'common:chatTalk.hopePartsLeave',
} as const;

export const HOPE_PARTS_CHOICES: readonly Choice[] = [
  { value: 'all', labelKey: HopePartsText.takeAll },
  { value: 'hopeOnly', labelKey: HopePartsText.keepParts },
  { value: 'none', labelKey: HopePartsText.leaveHope },
];

export const understandHopeParts = readHopeParts;

/** The needs and outcomes that would go with this hope; none when it is not a hope or has none. */
export function partsOfHope(draft: Draft, hopeId: string): { needs: string[]; outcomes: string[] } {
  const more = withDependents(draft, [hopeId]).filter((id) => id !== hopeId);
  return { needs: more.filter((id) => draft.needs.some((n) => n.id === id)), outcomes: more.filter((id) => draft.outcomes.some((o) => o.id === id)) };
}

/**
 * "Shall I take out "vet"? That hope has 1 thing that makes it hard and 1 outcome. Take them out too?"
 * The outcome being made for it now is named by its words, never lost unseen.
 */
export function hopePartsQuestion(t: Translate, item: string, parts: { needs: readonly string[]; outcomes: readonly string[] }, started?: string): Words {
  const needs = t(HopePartsText.needs, { count: parts.needs.length });
  const outcomes = t(HopePartsText.outcomes, { count: parts.outcomes.length });
  const what = parts.needs.length === 0 ? outcomes : parts.outcomes.length === 0 ? needs : t(HopePartsText.both, { needs, outcomes });
  return started ? { key: HopePartsText.questionStarted, vars: { item, parts: what, outcome: started } } : { key: HopePartsText.question, vars: { item, parts: what } };
}
