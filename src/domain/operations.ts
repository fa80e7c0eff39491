import { randomUUID } from 'node:crypto';
import type { AboutMeSection, Aspiration, Draft, DraftStatus, Need, PlanPart, ThemeId, YoungPerson } from './draft';
import { mapById, requireItem, words } from './draftItems';
import { withoutEarlierWords } from './itemEdits';
import { sameWording } from './sameWording';
import type { SenArea } from './vocabulary';

/*
 * Every operation returns a new draft and leaves the one passed in untouched, so a dialog can
 * compare before and after and a failed save never leaves half an answer behind.
 * Operations never touch `flags` except addFlag and takeBackFlag: a safeguarding flag, once raised, stays
 * (taken back, it is marked so, never removed).
 * Operations that would otherwise drop an answer (adding to or rewording something that is not
 * there) throw DraftItemNotFoundError; removing something already gone changes nothing.
 * `updatedAt` is set by touch(), once per saved change, by whoever stores the draft.
 * This file: the person, their hopes and their needs; the rest by job in the files below.
 */

export { DraftItemNotFoundError } from './draftItems';
export * from './outcomeOperations';
export * from './commentOperations';
export * from './itemEdits';

export function touch(draft: Draft, now: Date): Draft {
  return { ...draft, updatedAt: now.toISOString() };
}

/** Past "in progress" the plan is finished or shared: a replaced hope's earlier words go with that. */
export function setStatus(draft: Draft, status: DraftStatus): Draft {
  return { ...(status === 'in_progress' ? draft : withoutEarlierWords(draft)), status };
}

/** The end of the chat: ready for review (a shared draft keeps its review status), nothing replaced kept. */
export function finishDraft(draft: Draft): Draft {
  return setStatus(draft, draft.status === 'in_progress' ? 'ready_for_review' : draft.status);
}

export type YoungPersonPatch = Partial<Omit<YoungPerson, 'consent'>>;

export function setYoungPerson(draft: Draft, patch: YoungPersonPatch): Draft {
  const name = patch.name === undefined ? {} : { name: words(patch.name) };
  return { ...draft, youngPerson: { ...draft.youngPerson, ...patch, ...name } };
}

export function setConsent(draft: Draft, given: boolean, now: Date): Draft {
  return { ...draft, youngPerson: { ...draft.youngPerson, consent: { given, at: now.toISOString() } } };
}

export function setKeyWorker(draft: Draft, keyWorker: { invitationCode?: string; shared: boolean }): Draft {
  return { ...draft, keyWorker: { ...draft.keyWorker, ...keyWorker } };
}

export function addAboutMe(draft: Draft, section: AboutMeSection, text: string): Draft {
  return { ...draft, aboutMe: { ...draft.aboutMe, [section]: [...draft.aboutMe[section], words(text)] } };
}

export function addAspiration(draft: Draft, text: string, theme: ThemeId | null): { draft: Draft; aspiration: Aspiration } {
  const aspiration: Aspiration = { id: randomUUID(), text: words(text), theme };
  return { draft: { ...draft, aspirations: [...draft.aspirations, aspiration] }, aspiration };
}

export function setAspirationTheme(draft: Draft, aspirationId: string, theme: ThemeId | null): Draft {
  return { ...draft, aspirations: mapById(draft.aspirations, aspirationId, (a) => ({ ...a, theme })) };
}

/**
 * A need said again in the same words ("Reading" after "reading") is the one kept already: it is
 * linked to these hopes too, never stored twice.
 */
export function addNeed(
  draft: Draft,
  text: string,
  aspirationIds: readonly string[],
  suggestedSection?: PlanPart,
): { draft: Draft; need: Need } {
  for (const aspirationId of aspirationIds) requireItem(draft.aspirations, aspirationId);
  const known = draft.needs.find((n) => sameWording(n.text, text));
  if (known) return linkNeedToHopes(draft, known, aspirationIds);
  const need: Need = {
    id: randomUUID(),
    text: words(text),
    aspirationIds: [...aspirationIds],
    ...(suggestedSection ? { suggestedSection } : {}),
  };
  return { draft: { ...draft, needs: [...draft.needs, need] }, need };
}

function linkNeedToHopes(draft: Draft, need: Need, aspirationIds: readonly string[]): { draft: Draft; need: Need } {
  const linked: Need = { ...need, aspirationIds: [...new Set([...need.aspirationIds, ...aspirationIds])] };
  return { draft: { ...draft, needs: draft.needs.map((n) => (n.id === need.id ? linked : n)) }, need: linked };
}

/** The person put a need under another part of the plan (B, C or D), or an area of B; the key worker confirms it. */
export function setNeedSection(draft: Draft, needId: string, section: PlanPart, area?: SenArea): Draft {
  return {
    ...draft,
    needs: mapById(draft.needs, needId, ({ area: _was, ...n }) => ({ ...n, suggestedSection: section, ...(area && section === 'education' ? { area } : {}) })),
  };
}

/** What helps with a need; the same help said again is kept once. */
export function addNeedHelp(draft: Draft, needId: string, text: string): Draft {
  const help = words(text);
  return { ...draft, needs: mapById(draft.needs, needId, (n) => (n.helps?.some((h) => sameWording(h, help)) ? n : { ...n, helps: [...(n.helps ?? []), help] })) };
}

