import { updateOutcome, type Outcome } from '../src/domain/draft';
import { sentenceToTakeOff, withSentenceTakenOff } from '../src/language/sentenceTakenOff';
import type { Next } from './stageDialog';
import type { JourneySession } from './session';

/*
 * "take the cousin bit out i dont want that in it" at the read-back of "I will get the bus to college
 * on my own. Right now my cousin takes me sometimes.": that sentence goes from the outcome, and from
 * their whole answer kept beside it ("in their words"), so it is nowhere in the plan. The rest stays,
 * and the outcome is read back again. The request itself is never the outcome's words.
 */

export const SentenceOutText = { taken: 'outcome:sentenceOut.taken' } as const;

/** The next step when the message asks for one sentence of the outcome to go and it is there; undefined otherwise. */
export async function sentenceTakenOutAtReadBack(session: JourneySession, outcome: Outcome, text: string, here: (extra: Record<string, string>) => Next): Promise<Next | undefined> {
  const asked = sentenceToTakeOff(text);
  if (!asked) return undefined;
  const statement = withSentenceTakenOff(outcome.statement, asked);
  if (!statement) return undefined;
  const own = outcome.inTheirWords ? withSentenceTakenOff(outcome.inTheirWords, asked) : undefined;
  await session.updateDraft('sentence taken out of the outcome', (d) => updateOutcome(d, outcome.id, { statement, ...(own ? { inTheirWords: own } : {}), confirmed: false }));
  return { say: [{ key: SentenceOutText.taken }], ...here({}) };
}
