import { saysOwnWorry } from '../src/language/parentWorrySaid';
import { speaksForThem } from './aboutWhom';
import { CarerStrainText } from './carerStrainAtNeeds';
import { NeedsText } from './needsText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "reception said they 'dont really do changing' which made me feel sick": a parent's own worry,
 * said in an answer about their child, gets one short kind word before the next question. The words
 * change from one worry to the next, so it never reads as a stock reply. What was said is kept as
 * the answer it is.
 */

export const WorryHeardText = ['needs:worryHeard.first', 'needs:worryHeard.second', 'needs:worryHeard.third'] as const;

/** Kind words said already by the answer itself: then no second one. */
const KIND_ALREADY: ReadonlySet<string> = new Set([CarerStrainText.heard, NeedsText.aidsTakenKept]);

/** The next question with a kind word before it when a parent said a worry of their own. */
export async function withWorryHeard(session: JourneySession, text: string, next: Next): Promise<Next> {
  const draft = await session.draft();
  if (!draft || !speaksForThem(draft) || !saysOwnWorry(text)) return next;
  const said = next.say ?? [];
  if (said.some((w) => KIND_ALREADY.has((w as { key?: string }).key ?? ''))) return next;
  // The number of hard things kept grows with each worry kept: the next worry hears other words.
  const heard: Words = { key: WorryHeardText[draft.needs.length % WorryHeardText.length]! };
  return { ...next, say: [heard, ...said] };
}
