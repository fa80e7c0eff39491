import { randomUUID } from 'node:crypto';
import type { Draft, Outcome, OutcomeStep, PlanPart, Provision, ThemeId } from './draft';
import { mapById, requireItem, words } from './draftItems';
import { pfaAreaOf } from './pfaArea';
import { sameWording } from './sameWording';

/* Outcomes: started, changed, and the provision and short steps kept under them. */

export interface NewOutcome {
  statement: string;
  aspirationId: string;
  needIds?: readonly string[];
  /** Defaults to the aspiration's theme. */
  theme?: ThemeId | null;
}

/** "reece will get ready": the child's name typed in lower case at the start is written as the name is kept ("Reece will ..."). */
function withNameAsKept(statement: string, name: string | null | undefined): string {
  const kept = name?.trim();
  if (!kept || /\s/.test(kept)) return statement;
  return statement.replace(/^\S+/, (first) => (first.toLowerCase() === kept.toLowerCase() ? kept : first));
}

export function startOutcome(draft: Draft, start: NewOutcome): { draft: Draft; outcome: Outcome } {
  const aspiration = requireItem(draft.aspirations, start.aspirationId);
  const needIds = [...(start.needIds ?? [])];
  for (const needId of needIds) requireItem(draft.needs, needId);
  const outcome: Outcome = {
    id: randomUUID(),
    statement: withNameAsKept(words(start.statement), draft.youngPerson.name),
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
  // The words a measure was first typed in go with it: a new measure without its own leaves none behind.
  if (patch.measure !== undefined && !('measureInTheirWords' in patch)) cleaned.measureInTheirWords = undefined;
  return { ...draft, outcomes: mapById(draft.outcomes, outcomeId, (o) => ({ ...o, ...cleaned, ...areaReread(draft, o, cleaned) })) };
}

/**
 * New words for an outcome ("sleep in his own bed all night") read its Preparing for Adulthood area again, as when it
 * was made; an area chosen by hand (not the one its words and hope gave) is kept.
 */
function areaReread(draft: Draft, outcome: Outcome, patch: OutcomePatch): Partial<Outcome> {
  if (patch.statement === undefined || 'pfaArea' in patch || outcome.pfaArea === undefined) return {};
  const theme = patch.theme !== undefined ? patch.theme : outcome.theme;
  if (pfaAreaOf(draft.youngPerson, outcome.theme, outcome.statement) !== outcome.pfaArea) return {};
  const area = pfaAreaOf(draft.youngPerson, theme, patch.statement);
  return area ? { pfaArea: area } : {};
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
  // The same help said twice ("a laptop", "Laptop") is one piece of provision; a "how often" said the second time is kept.
  const known = requireItem(draft.outcomes, outcomeId).provision.find((p) => sameWording(p.text, provision.text));
  if (known) {
    const kept: Provision = { ...known, ...(!known.howOften && provision.howOften ? { howOften: provision.howOften } : {}), ...(!known.who && provision.who ? { who: provision.who } : {}) };
    const outcomes = mapById(draft.outcomes, outcomeId, (o) => ({ ...o, provision: o.provision.map((p) => (p.id === known.id ? kept : p)) }));
    return { draft: { ...draft, outcomes }, provision: kept };
  }
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


/** Where an outcome goes when it is moved to another hope, and what its needs do. */
export interface OutcomeMove {
  aspirationId: string;
  /** The needs the outcome answers under its new hope; each is linked to that hope too. */
  needIds: readonly string[];
  /** Needs that were only this outcome's under the old hope: they leave it, so they are not shown twice. */
  leaving?: readonly string[];
  theme?: ThemeId | null;
}

/**
 * An outcome moved to another hope takes its needs with it: the golden thread (hope, need,
 * outcome) holds under the new hope, and a need is never left pointing at a hope it no longer serves.
 */
export function moveOutcomeToHope(draft: Draft, outcomeId: string, move: OutcomeMove): Draft {
  const outcome = requireItem(draft.outcomes, outcomeId);
  requireItem(draft.aspirations, move.aspirationId);
  for (const needId of move.needIds) requireItem(draft.needs, needId);
  const from = outcome.aspirationId;
  const leaving = new Set(move.leaving ?? []);
  const needs = draft.needs.map((n) => {
    if (!move.needIds.includes(n.id)) return n;
    const kept = n.aspirationIds.filter((a) => !(a === from && leaving.has(n.id)));
    return { ...n, aspirationIds: kept.includes(move.aspirationId) ? kept : [...kept, move.aspirationId] };
  });
  const theme = move.theme !== undefined ? move.theme : outcome.theme;
  // Its Preparing for Adulthood area follows the hope it now serves (read from its words first, as when it was made).
  const pfaArea = outcome.pfaArea !== undefined ? pfaAreaOf(draft.youngPerson, theme, outcome.statement) : undefined;
  const moved = {
    ...outcome,
    aspirationId: move.aspirationId,
    needIds: [...move.needIds],
    ...(move.theme !== undefined ? { theme: move.theme } : {}),
    ...(pfaArea !== undefined ? { pfaArea } : {}),
  };
  return { ...draft, needs, outcomes: draft.outcomes.map((o) => (o.id === outcomeId ? moved : o)) };
}
