import type { Aspiration, Draft, Outcome, ThemeId } from '../src/domain/draft';
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

