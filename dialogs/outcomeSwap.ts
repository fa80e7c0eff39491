import { escapeRegExp } from '../src/language/text';
import { fixOfTheSwap, withWordsSwapped, wordsToSwap } from '../src/language/wordsToSwap';
import { quoteOf } from '../src/language';
import { wordsPutRight } from '../src/language/wordsPutRight';
import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { proposedStatement } from './outcomeQuestion';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * Words of the sentence read back changed at the person's asking ("actully make it 2 days a week
 * not 1", "yes but put garden centre not there"), and a fix of that change said just after it
 * ("at the garden centre"): the change is made again with the fuller words.
 */

/** Position data after words were changed at the read-back: the words put in. */
const SWAPPED = 'swapped';

/** The read-back with the asked-for words changed; undefined when no change of words was asked. */
export async function wordsSwappedAtReadBack(
  session: JourneySession,
  draft: Draft,
  outcome: Outcome,
  text: string,
  data: Record<string, string>,
  here: (extra: Record<string, string>) => Next,
): Promise<Next | undefined> {
  const readBack = proposedStatement(draft, outcome, data.written === '1');
  const last = data[SWAPPED];
  // "at the garden centre", when those are the words just put in: nothing to change, read back again.
  if (last && fixOfTheSwap(text, last) === undefined && sameWords(text, last)) return here({ written: '1', [SWAPPED]: last });
  // "crystal palace not palace": the right words, then the wrong ones read back.
  const swap = wordsToSwap(text) ?? (last ? fixOfTheSwap(text, last) : undefined) ?? wordsPutRight(text);
  const swapped = swap ? withWordsSwapped(readBack, swap) : undefined;
  if (swap && swapped) {
    await session.updateDraft('words changed at the read-back', (d) => updateOutcome(d, outcome.id, { statement: swapped.sentence, confirmed: false }));
    return { say: [{ key: T.wordsSwapped, vars: { old: quoteOf(swapped.old), new: quoteOf(swapped.put) } }], ...here({ written: '1', [SWAPPED]: swapped.put }) };
  }
  // "can you put Jayden instead of They" when it already says Jayden: nothing changes, and nothing is added on.
  if (swap && !swapped && new RegExp(`\\b${escapeRegExp(swap.to)}\\b`, 'i').test(readBack)) return here(data.written === '1' ? { written: '1' } : {});
  return undefined;
}

function sameWords(text: string, words: string): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return plain(text) === plain(words);
}
