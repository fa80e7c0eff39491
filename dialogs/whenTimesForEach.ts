import type { Draft, Outcome } from '../src/domain/draft';
import type { timesForEach } from '../src/language/timesForEach';
import { hopeNamedBy } from '../src/language/thread';

/** Position data at outcome.when: the times said for different goals, when none was clearly for this one. */
export const TIMES = 'times';

export function timesSaid(data: Record<string, string>): string[] {
  try {
    const parsed: unknown = JSON.parse(data[TIMES] ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function withoutTimes(data: Record<string, string>): Record<string, string> {
  const { [TIMES]: _times, ...rest } = data;
  return rest;
}

/**
 * Of the times said for different goals, the one for this outcome: the one whose words name its
 * hope (or the outcome itself, or the hope's needs), else the one for "everything else".
 * Undefined when none or more than one fits: then the bot asks which.
 */
export function timeMeantFor(each: ReturnType<typeof timesForEach> & object, draft: Draft, outcome: Outcome): string | undefined {
  const needsOf = (id: string) => [
    ...draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text),
    ...draft.outcomes.filter((o) => o.aspirationId === id).map((o) => o.statement),
  ];
  const named = each.filter((t) => t.forWhat && !t.rest && hopeNamedBy(t.forWhat, draft.aspirations, needsOf).hope?.id === outcome.aspirationId);
  if (named.length === 1) return named[0]!.time;
  if (named.length > 1) return undefined;
  const rest = each.filter((t) => t.rest);
  return rest.length === 1 ? rest[0]!.time : undefined;
}
