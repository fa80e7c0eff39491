import { longDate } from '../src/domain/dates';
import type { Draft, Timeframe } from '../src/domain/draft';
import { readWhenAsked, type WhenAsked } from '../src/language/whenAsked';
import { speaksForThem } from './aboutWhom';
import type { Words } from './say';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { unfinishedOutcome } from './outcomeThread';
import type { JourneySession } from './session';

/* What the bot says to questions asked back at "by when?": today's date, the date a time means, and a short suggestion. */

export const WhenAskedText = {
  today: 'outcome:feedback.whenToday',
  dateMeant: 'outcome:feedback.whenDateMeant',
  noTime: 'outcome:feedback.whenNotUnderstood',
  suggestion: 'outcome:feedback.whenSuggestion',
  suggestionChild: 'outcome:feedback.whenSuggestionChild',
  dateKept: 'outcome:feedback.dateKept',
  dateKeptNone: 'outcome:feedback.dateKeptNone',
} as const;

/**
 * The questions asked back about dates. At "by when?" every one is answered; at the other questions
 * of an outcome only "which date did u put?" is, so it is never kept as what the outcome does for them.
 */
export function whenAskedAt(step: StepId, text: string): WhenAsked | null {
  const asked = readWhenAsked(text);
  if (!asked || step === Step.outcomeWhen) return asked;
  if (!asked.keptAsked || step === Step.outcomeStep || step === Step.outcomeAnother) return null;
  return { ...asked, today: false, suggestion: false, dateMeant: false };
}

/** Today's date as people say it: "Wednesday 2 December 2026". */
const spoken = (day: Date) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day).replace(/,/g, '');

/** "June 2027": the month a time ends in, as the plan says it. */
const monthOf = (date: string) => longDate(date).split(' ').slice(1).join(' ');

/**
 * `meant`: the time kept from the same message, whose date was asked for ("6 months. whats the date for that");
 * `at`: the outcome asked about, whose date kept is told ("I put by summer, that's July 2027").
 */
export async function whenAskedWords(session: JourneySession, asked: WhenAsked, meant?: Timeframe, at?: Pick<Position, 'topic' | 'data'>): Promise<Words[]> {
  const said: Words[] = [];
  if (asked.keptAsked) {
    const draft = await session.draft();
    const outcome = draft && at ? unfinishedOutcome(draft, at.topic, at.data?.outcomeId) : undefined;
    const kept = outcome?.timeframe ?? outcome?.steps?.at(-1)?.timeframe;
    said.push(kept?.date ? { key: WhenAskedText.dateKept, vars: { phrase: kept.phrase, date: monthOf(kept.date) } } : { key: WhenAskedText.dateKeptNone });
  }
  if (asked.today) said.push({ key: WhenAskedText.today, vars: { date: spoken(session.today) } });
  // "when is that?" with no time said: there is no date to tell yet.
  if (asked.dateMeant) said.push(meant?.date ? { key: WhenAskedText.dateMeant, vars: { date: monthOf(meant.date) } } : { key: WhenAskedText.noTime });
  if (asked.suggestion) {
    const draft = await session.draft();
    const name = draft?.youngPerson.name;
    said.push(speaksForThem(draft) && name ? { key: WhenAskedText.suggestionChild, vars: { name } } : { key: WhenAskedText.suggestion });
  }
  return said;
}

/** The time this answer kept for the outcome at "by when?" (or its short step), when it changed. */
export function timeJustKept(before: Draft | undefined, after: Draft | undefined, position: Pick<Position, 'topic' | 'data'>): Timeframe | undefined {
  const outcome = after ? unfinishedOutcome(after, position.topic, position.data?.outcomeId) : undefined;
  if (!outcome) return undefined;
  const earlier = before?.outcomes.find((o) => o.id === outcome.id);
  const now = outcome.timeframe ?? outcome.steps?.at(-1)?.timeframe;
  const was = earlier?.timeframe ?? earlier?.steps?.at(-1)?.timeframe;
  return now && (now.date !== was?.date || now.phrase !== was?.phrase) ? now : undefined;
}
