import type { Draft } from '../src/domain/draft';
import { withWordsSwapped, wordsToSwap } from '../src/language/wordsToSwap';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import { RequestData as D } from './reviewText';
import type { Next } from './stageDialog';

/*
 * "it shud say play boccia not play sport", "change sport to boccia": at the read-back the words
 * now there ("play sport") name the part, and the new words go in their place, read back before
 * they are kept. Only a part that holds the old words is changed; when several do, which one is asked.
 */

/** Where a swap of words typed at the read-back leads; undefined when the message asks none, or asks one of words no part holds without "it should say". */
export function wordSwapAtReview(draft: Draft | undefined, text: string): Next | undefined {
  const swap = draft ? wordsToSwap(text) : undefined;
  if (!draft || !swap) return undefined;
  const fits = changeableItems(draft)
    .map((item) => ({ item, swapped: withWordsSwapped(item.text, swap) }))
    .filter((f) => f.swapped !== undefined);
  if (fits.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: fits[0]!.item.id, [D.newText]: fits[0]!.swapped!.sentence } } };
  if (fits.length > 1) return { goTo: { step: Step.reviewChange, data: { [D.choose]: fits.map((f) => f.item.id).join(' ') } } };
  // "it shud say X not Y" where no part says Y: which part is asked, never the asking kept as a new hope.
  return /^\W*(?:it|that)\s+(?:should|shud|shld|shuld|shoud)\s+(?:say|be)\b/i.test(text) ? { goTo: { step: Step.reviewChange, data: {} } } : undefined;
}
