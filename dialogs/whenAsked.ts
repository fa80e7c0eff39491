import type { WhenAsked } from '../src/language/whenAsked';
import { speaksForThem } from './aboutWhom';
import type { Words } from './say';
import type { JourneySession } from './session';

/* What the bot says to questions asked back at "by when?": today's date, and a short suggestion. */

export const WhenAskedText = {
  today: 'outcome:feedback.whenToday',
  suggestion: 'outcome:feedback.whenSuggestion',
  suggestionChild: 'outcome:feedback.whenSuggestionChild',
} as const;

/** Today's date as people say it: "Wednesday 2 December 2026". */
const spoken = (day: Date) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day).replace(/,/g, '');

export async function whenAskedWords(session: JourneySession, asked: WhenAsked): Promise<Words[]> {
  const said: Words[] = [];
  if (asked.today) said.push({ key: WhenAskedText.today, vars: { date: spoken(session.today) } });
  if (asked.suggestion) {
    const draft = await session.draft();
    const name = draft?.youngPerson.name;
    said.push(speaksForThem(draft) && name ? { key: WhenAskedText.suggestionChild, vars: { name } } : { key: WhenAskedText.suggestion });
  }
  return said;
}
