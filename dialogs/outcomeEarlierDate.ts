import type { Draft, Outcome, Timeframe } from '../src/domain/draft';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';

/*
 * "By when?" for a second outcome of the same hope: every outcome's date is asked, and the date
 * the one before it has is offered as a choice, so saying "same as the first one" keeps the two
 * together and a different time is just as easy. No date is ever copied without asking.
 */

/** The date of the newest other outcome for the same hope, when this one has none yet. */
function earlierDate(draft: Draft | undefined, outcome: Outcome | undefined): Timeframe | undefined {
  if (!draft || !outcome || outcome.timeframe) return undefined;
  const others = draft.outcomes.filter((o) => o.id !== outcome.id && o.aspirationId === outcome.aspirationId && o.timeframe?.date);
  return others.at(-1)?.timeframe ?? undefined;
}

/** A second outcome's "By when?": the earlier date first among its choices; undefined for a first outcome. */
export function earlierDateQuestion(
  draft: Draft | undefined,
  outcome: Outcome | undefined,
  choices: readonly Choice[],
  child: boolean,
): { key: string; choices: readonly Choice[]; vars: Record<string, string>; understand: (text: string) => string | undefined } | undefined {
  const earlier = earlierDate(draft, outcome);
  if (!earlier) return undefined;
  // The button says "Same as the last one"; the date kept is the earlier one, in the person's words.
  const same: Choice = { value: earlier.phrase, labelKey: T.whenSameChoice };
  // "same" answers this question (never "the same question again"): it means the earlier date.
  const understand = (text: string) => (SAME.test(text.trim()) ? earlier.phrase : undefined);
  return { key: child ? T.whenSameAsEarlierChild : T.whenSameAsEarlier, choices: [same, ...choices.filter((c) => c.value !== earlier.phrase)], vars: { when: earlier.phrase }, understand };
}

/** "same", "the same as the first one", "same date": the earlier date chosen. */
const SAME = /^(?:(?:yes|yeah|yep|ok|okay|just|the)[\s,]+)*same(?:\s+(?:again|date|time|one|as\s+(?:the\s+)?(?:first|other|last|before|earlier)(?:\s+one)?|as\s+before|please|pls))*[\s.!]*$/i;

/** The earlier date, when the reply chooses it by "same"; undefined otherwise (its words typed are read as any time is). */
export function sameAsEarlier(text: string, draft: Draft | undefined, outcome: Outcome | undefined): { timeframe: Timeframe; target: false; past: false } | undefined {
  const earlier = SAME.test(text.trim()) ? earlierDate(draft, outcome) : undefined;
  return earlier ? { timeframe: earlier, target: false, past: false } : undefined;
}
