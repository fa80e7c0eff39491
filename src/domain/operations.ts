import { randomUUID } from 'node:crypto';
import type {
  AboutMeSection,
  Aspiration,
  Draft,
  DraftComment,
  DraftStatus,
  Need,
  Outcome,
  OutcomeStep,
  PlanPart,
  Provision,
  ThemeId,
  YoungPerson,
} from './draft';
import { parseItemId, type OutcomePart } from './itemIds';

/*
 * Every operation returns a new draft and leaves the one passed in untouched, so a dialog can
 * compare before and after and a failed save never leaves half an answer behind.
 * Operations never touch `flags` except addFlag: a safeguarding flag, once raised, stays.
 * Operations that would otherwise drop an answer (adding to or rewording something that is not
 * there) throw DraftItemNotFoundError; removing something already gone changes nothing.
 * `updatedAt` is set by touch(), once per saved change, by whoever stores the draft.
 */

export class DraftItemNotFoundError extends Error {
  constructor(readonly itemId: string) {
    super(`No draft item with id ${itemId}`);
    this.name = 'DraftItemNotFoundError';
  }
}

function words(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new RangeError('An answer must have some words; store nothing instead');
  return trimmed;
}

function requireItem<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new DraftItemNotFoundError(id);
  return item;
}

function mapById<T extends { id: string }>(items: readonly T[], id: string, change: (item: T) => T): T[] {
  requireItem(items, id);
  return items.map((item) => (item.id === id ? change(item) : item));
}

export function touch(draft: Draft, now: Date): Draft {
  return { ...draft, updatedAt: now.toISOString() };
}

export function setStatus(draft: Draft, status: DraftStatus): Draft {
  return { ...draft, status };
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

export function addNeed(
  draft: Draft,
  text: string,
  aspirationIds: readonly string[],
  suggestedSection?: PlanPart,
): { draft: Draft; need: Need } {
  for (const aspirationId of aspirationIds) requireItem(draft.aspirations, aspirationId);
  const need: Need = {
    id: randomUUID(),
    text: words(text),
    aspirationIds: [...aspirationIds],
    ...(suggestedSection ? { suggestedSection } : {}),
  };
  return { draft: { ...draft, needs: [...draft.needs, need] }, need };
}

/** The person put a need under another part of the plan (B, C or D); the key worker confirms it. */
export function setNeedSection(draft: Draft, needId: string, section: PlanPart): Draft {
  return { ...draft, needs: mapById(draft.needs, needId, (n) => ({ ...n, suggestedSection: section })) };
}

export function addNeedHelp(draft: Draft, needId: string, text: string): Draft {
  const help = words(text);
  return { ...draft, needs: mapById(draft.needs, needId, (n) => ({ ...n, helps: [...(n.helps ?? []), help] })) };
}

export interface NewOutcome {
  statement: string;
  aspirationId: string;
  needIds?: readonly string[];
  /** Defaults to the aspiration's theme. */
  theme?: ThemeId | null;
}

export function startOutcome(draft: Draft, start: NewOutcome): { draft: Draft; outcome: Outcome } {
  const aspiration = requireItem(draft.aspirations, start.aspirationId);
  const needIds = [...(start.needIds ?? [])];
  for (const needId of needIds) requireItem(draft.needs, needId);
  const outcome: Outcome = {
    id: randomUUID(),
    statement: words(start.statement),
    aspirationId: aspiration.id,
    needIds,
    theme: start.theme === undefined ? aspiration.theme : start.theme,
    timeframe: null,
    doesForMe: null,
    makesPossible: null,
    provision: [],
    confirmed: false,
  };
  return { draft: { ...draft, outcomes: [...draft.outcomes, outcome] }, outcome };
}

export type OutcomePatch = Partial<Omit<Outcome, 'id' | 'provision'>>;

export function updateOutcome(draft: Draft, outcomeId: string, patch: OutcomePatch): Draft {
  if (patch.aspirationId) requireItem(draft.aspirations, patch.aspirationId);
  for (const needId of patch.needIds ?? []) requireItem(draft.needs, needId);
  const cleaned: OutcomePatch = { ...patch };
  if (patch.statement !== undefined) cleaned.statement = words(patch.statement);
  if (typeof patch.doesForMe === 'string') cleaned.doesForMe = words(patch.doesForMe);
  if (typeof patch.makesPossible === 'string') cleaned.makesPossible = words(patch.makesPossible);
  if (patch.measure !== undefined) cleaned.measure = words(patch.measure);
  return { ...draft, outcomes: mapById(draft.outcomes, outcomeId, (o) => ({ ...o, ...cleaned })) };
}

export function addProvision(
  draft: Draft,
  outcomeId: string,
  text: string,
  by: PlanPart,
  howOften?: string | null,
  who?: string | null,
): { draft: Draft; provision: Provision } {
  const provision: Provision = {
    id: randomUUID(),
    text: words(text),
    by,
    ...(howOften?.trim() ? { howOften: words(howOften) } : {}),
    ...(who?.trim() ? { who: who.trim() } : {}),
  };
  const outcomes = mapById(draft.outcomes, outcomeId, (o) => ({ ...o, provision: [...o.provision, provision] }));
  return { draft: { ...draft, outcomes }, provision };
}

/** Keeps a short step (a target) under the outcome it leads to. */
export function addOutcomeStep(draft: Draft, outcomeId: string, step: OutcomeStep): Draft {
  const kept: OutcomeStep = { text: words(step.text), timeframe: step.timeframe };
  // The same step said again is one step: it keeps its place and takes the newer time.
  const same = (s: OutcomeStep) => s.text.toLowerCase().replace(/\W+/g, ' ').trim() === kept.text.toLowerCase().replace(/\W+/g, ' ').trim();
  return {
    ...draft,
    outcomes: mapById(draft.outcomes, outcomeId, (o) => {
      const steps = o.steps ?? [];
      return { ...o, steps: steps.some(same) ? steps.map((s) => (same(s) ? { ...s, timeframe: kept.timeframe ?? s.timeframe } : s)) : [...steps, kept] };
    }),
  };
}

/** Raises a safeguarding flag. No operation removes one. */
export function addFlag(draft: Draft, flag: { category: string; at: Date; step: string }): Draft {
  const raised = { kind: 'safeguarding' as const, category: flag.category, at: flag.at.toISOString(), step: flag.step };
  return { ...draft, flags: [...draft.flags, raised] };
}

export function addComment(
  draft: Draft,
  comment: { itemId?: string; text: string; by: string; at: Date },
): { draft: Draft; comment: DraftComment } {
  const added: DraftComment = {
    id: randomUUID(),
    ...(comment.itemId ? { itemId: comment.itemId } : {}),
    text: words(comment.text),
    by: comment.by,
    at: comment.at.toISOString(),
    resolved: false,
  };
  return { draft: { ...draft, comments: [...draft.comments, added] }, comment: added };
}

export function resolveComment(draft: Draft, commentId: string): Draft {
  return { ...draft, comments: mapById(draft.comments, commentId, (c) => ({ ...c, resolved: true })) };
}

/** Comments a young person has not yet been shown in the chat: what "your key worker commented" is about. */
export function unseenComments(draft: Draft): DraftComment[] {
  return draft.comments.filter((c) => !c.resolved && !c.seenAt);
}

export function markCommentsSeen(draft: Draft, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, comments: draft.comments.map((c) => (c.resolved || c.seenAt ? c : { ...c, seenAt: at })) };
}

/** The young person reworded an item: its open comments are answered, and resolved when the draft goes back. */
export function markItemChanged(draft: Draft, itemId: string, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, comments: draft.comments.map((c) => (c.itemId === itemId && !c.resolved ? { ...c, changedAt: at } : c)) };
}

/** Sends the draft back to the key worker: submitted again, with the comments on reworded items resolved. */
export function resubmit(draft: Draft, now?: Date): Draft {
  const comments = draft.comments.map((c) => (c.changedAt && !c.resolved ? { ...c, resolved: true } : c));
  const keyWorker = draft.keyWorker ? { keyWorker: { ...draft.keyWorker, resubmittedAt: (now ?? new Date()).toISOString() } } : {};
  return { ...draft, status: 'submitted', comments, ...keyWorker };
}

function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * Removes any item a read-back shows (see itemIds.ts). Removing an aspiration or need also
 * removes the links to it, so the golden-thread check reports the outcome that lost its link
 * instead of the draft keeping a reference to nothing. Comments are kept.
 */
export function removeItem(draft: Draft, itemId: string): Draft {
  const ref = parseItemId(itemId);
  switch (ref.kind) {
    case 'aboutMe':
      return { ...draft, aboutMe: { ...draft.aboutMe, [ref.section]: withoutIndex(draft.aboutMe[ref.section], ref.index) } };
    case 'needHelp':
      return {
        ...draft,
        needs: draft.needs.map((n) => (n.id === ref.needId && n.helps ? { ...n, helps: withoutIndex(n.helps, ref.index) } : n)),
      };
    case 'outcomePart': {
      const outcomes = draft.outcomes.map((o) => (o.id === ref.outcomeId ? withoutPart(o, ref.part) : o));
      return { ...draft, outcomes };
    }
    case 'entity':
      return {
        ...draft,
        aspirations: draft.aspirations.filter((a) => a.id !== ref.id),
        needs: draft.needs
          .filter((n) => n.id !== ref.id)
          .map((n) => ({ ...n, aspirationIds: n.aspirationIds.filter((a) => a !== ref.id) })),
        outcomes: draft.outcomes
          .filter((o) => o.id !== ref.id)
          .map((o) => ({
            ...o,
            aspirationId: o.aspirationId === ref.id ? null : o.aspirationId,
            needIds: o.needIds.filter((n) => n !== ref.id),
            provision: o.provision.filter((p) => p.id !== ref.id),
          })),
      };
  }
}

function withoutPart(outcome: Outcome, part: OutcomePart): Outcome {
  if (part === 'measure') {
    const { measure: _removed, ...rest } = outcome;
    return rest;
  }
  if (part === 'when') return { ...outcome, timeframe: null };
  return { ...outcome, [part]: null };
}

function replaceAt(items: readonly string[], index: number, text: string, itemId: string): string[] {
  if (index >= items.length) throw new DraftItemNotFoundError(itemId);
  return items.map((item, i) => (i === index ? text : item));
}

/**
 * Rewords any item a read-back shows, keeping its links. A timeframe cannot be reworded here
 * because its date must be worked out again: use updateOutcome with a resolved timeframe.
 */
export function replaceItemText(draft: Draft, itemId: string, text: string): Draft {
  const newText = words(text);
  const ref = parseItemId(itemId);
  switch (ref.kind) {
    case 'aboutMe':
      return { ...draft, aboutMe: { ...draft.aboutMe, [ref.section]: replaceAt(draft.aboutMe[ref.section], ref.index, newText, itemId) } };
    case 'needHelp':
      return {
        ...draft,
        needs: mapById(draft.needs, ref.needId, (n) => ({ ...n, helps: replaceAt(n.helps ?? [], ref.index, newText, itemId) })),
      };
    case 'outcomePart':
      if (ref.part === 'when') throw new RangeError('A timeframe needs a resolved date: use updateOutcome');
      return updateOutcome(draft, ref.outcomeId, { [ref.part]: newText });
    case 'entity':
      return replaceEntityText(draft, ref.id, newText);
  }
}

function replaceEntityText(draft: Draft, id: string, text: string): Draft {
  if (draft.aspirations.some((a) => a.id === id)) {
    return { ...draft, aspirations: draft.aspirations.map((a) => (a.id === id ? { ...a, text } : a)) };
  }
  if (draft.needs.some((n) => n.id === id)) {
    return { ...draft, needs: draft.needs.map((n) => (n.id === id ? { ...n, text } : n)) };
  }
  if (draft.outcomes.some((o) => o.id === id)) {
    return { ...draft, outcomes: draft.outcomes.map((o) => (o.id === id ? { ...o, statement: text } : o)) };
  }
  const owner = draft.outcomes.find((o) => o.provision.some((p) => p.id === id));
  if (!owner) throw new DraftItemNotFoundError(id);
  const provision = owner.provision.map((p) => (p.id === id ? { ...p, text } : p));
  return { ...draft, outcomes: draft.outcomes.map((o) => (o.id === owner.id ? { ...o, provision } : o)) };
}
