import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { isGoodSentence, outcomeSentence, quoteOf } from '../src/language';
import { missingAfterYes } from '../src/language/missingPart';
import { childVoice, proposedStatement } from './outcomeQuestion';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "ok yeah. but wheres the theory test bit gone" at the read-back: no yes. Words that were in their
 * own words and not in the read-back are put back, and the sentence read back again; otherwise the
 * bot says sorry and asks them to type it the way they'd like it.
 */

const has = (sentence: string, words: string): boolean => sentence.toLowerCase().includes(words.toLowerCase());

export async function putBackAtConfirm(
  session: JourneySession,
  draft: Draft,
  outcome: Outcome,
  text: string,
  written: boolean,
  here: (extra: Record<string, string>) => Next,
): Promise<Next | undefined> {
  const missing = missingAfterYes(text);
  if (missing === undefined) return undefined;
  const readBack = proposedStatement(draft, outcome, written);
  if (missing && !has(readBack, missing)) {
    // Their words as typed first (the read-back untidied), then the whole answer the step was taken from.
    const sentence = (step: string) => outcomeSentence({ step, timeframe: outcome.timeframe ?? null, ...childVoice(draft) });
    const own = [proposedStatement(draft, outcome, written, false), sentence(outcome.statement), ...(outcome.inTheirWords ? [sentence(outcome.inTheirWords)] : [])];
    const back = own.find((s) => has(s, missing) && isGoodSentence(s));
    if (back) {
      await session.updateDraft('words put back at the read-back', (d) => updateOutcome(d, outcome.id, { statement: back, confirmed: false }));
      return { say: [{ key: T.wordsPutBack, vars: { words: quoteOf(missing) } }], ...here({ written: '1' }) };
    }
  }
  // Not found in their words (or still there): they type it the way they'd like it.
  const sorry = missing && has(readBack, missing) ? [] : [{ key: T.missedOut }];
  return { say: sorry, ...here({ rewording: '1', ...(written ? { written: '1' } : {}) }) };
}
