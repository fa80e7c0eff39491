import { moveOutcomeToHope, type Aspiration, type Draft, type Outcome, type ThemeId } from '../src/domain/draft';
import { overlap } from '../src/language/thread';

/*
 * The golden thread as the outcomes stage walks it: which hope comes next, and which needs an
 * outcome for that hope answers.
 */

export function needIdsOf(draft: Draft, aspirationId: string): string[] {
  return draft.needs.filter((need) => need.aspirationIds.includes(aspirationId)).map((need) => need.id);
}

/**
 * The needs of a hope that an outcome's words answer ("read a chapter book" answers "reading is
 * hard", not "scared of dogs"); all of the hope's needs when its words relate to none of them.
 */
export function needIdsFor(draft: Draft, aspirationId: string, statement: string): string[] {
  const needs = draft.needs.filter((need) => need.aspirationIds.includes(aspirationId));
  const related = needs.filter((need) => overlap(statement, need.text) > 0);
  return (related.length > 0 ? related : needs).map((need) => need.id);
}

/** Hopes with a need; if no hope has one yet (the needs were skipped), every hope, so nothing is lost. */
export function hopesToWorkOn(draft: Draft): Aspiration[] {
  const withNeed = draft.aspirations.filter((a) => needIdsOf(draft, a.id).length > 0);
  return withNeed.length > 0 ? withNeed : draft.aspirations;
}

/** The next hope with no outcome yet; once all have one, the hope with fewest. A named theme wins. */
export function nextHope(draft: Draft, preferTheme?: ThemeId | null): Aspiration | undefined {
  const hopes = hopesToWorkOn(draft);
  const count = (id: string) => draft.outcomes.filter((o) => o.aspirationId === id).length;
  const themed = preferTheme ? hopes.filter((h) => h.theme === preferTheme) : [];
  const pool = themed.length > 0 ? themed : hopes;
  return [...pool].sort((a, b) => count(a.id) - count(b.id))[0];
}

/** The outcome still being built: the one named in the position, or the latest unconfirmed one of this hope. */
export function unfinishedOutcome(draft: Draft, aspirationId: string | undefined, outcomeId?: string): Outcome | undefined {
  if (outcomeId) {
    const named = draft.outcomes.find((o) => o.id === outcomeId);
    if (named) return named;
  }
  // After "back" the step is asked again without its outcome id: the latest unconfirmed outcome of
  // this hope is the one being built, so answering again rewords it instead of adding a second one.
  const latest = draft.outcomes.at(-1);
  return latest && latest.aspirationId === aspirationId && !latest.confirmed ? latest : undefined;
}


/**
 * An outcome moved to another hope, with its needs re-linked: the new hope's needs its words
 * answer, and the needs it had that its words answer ("can't use the oven" for a cooking step)
 * follow it. With none of either, the new hope's needs; with no needs there, the ones it had, linked
 * to the new hope too, so the outcome always answers a need of its own hope.
 */
export function outcomeMoved(draft: Draft, outcomeId: string, hope: Aspiration, options: { toHopeOnly?: boolean } = {}): Draft {
  const outcome = draft.outcomes.find((o) => o.id === outcomeId);
  if (!outcome || outcome.aspirationId === hope.id) return draft;
  const needText = (id: string) => draft.needs.find((n) => n.id === id)?.text ?? '';
  const had = outcome.needIds.filter((id) => draft.needs.some((n) => n.id === id));
  const own = had.filter((id) => overlap(outcome.statement, needText(id)) > 0);
  const theirs = draft.needs.filter((n) => n.aspirationIds.includes(hope.id) && overlap(outcome.statement, n.text) > 0).map((n) => n.id);
  // Moved by the person at the review: the needs are the new hope's own, never the old hope's carried along.
  if (options.toHopeOnly) return moveOutcomeToHope(draft, outcomeId, { aspirationId: hope.id, needIds: theirs.length > 0 ? theirs : needIdsOf(draft, hope.id), theme: hope.theme ?? outcome.theme });
  const related = [...new Set([...theirs, ...own])];
  const needIds = related.length > 0 ? related : needIdsOf(draft, hope.id).length > 0 ? needIdsOf(draft, hope.id) : had;
  // A need about this outcome that no other outcome of the old hope answers, and not about the old hope itself, leaves it.
  const old = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  const usedElsewhere = (id: string) => draft.outcomes.some((o) => o.id !== outcomeId && o.aspirationId === outcome.aspirationId && o.needIds.includes(id));
  const leaving = old ? own.filter((id) => needIds.includes(id) && !usedElsewhere(id) && overlap(needText(id), old.text) === 0) : [];
  return moveOutcomeToHope(draft, outcomeId, { aspirationId: hope.id, needIds, leaving, theme: hope.theme ?? outcome.theme });
}
