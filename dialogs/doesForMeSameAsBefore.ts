import type { Draft, Outcome } from '../src/domain/draft';
import { readSameAsBefore, readSameAsHope } from '../src/language/sameAsBefore';
import { overlap } from '../src/language/thread';

/*
 * "same as the bus one really", "same as before", at "What would it do for you?": the answer given
 * for an earlier outcome is meant, and is copied (and said so), never the words that point at it.
 */

/** Words after the pointer that add nothing: "really", "too", "again". */
const NOTHING_MORE = /^(?:(?:really|too|again|as\s+well|tbh|honestly|i\s+guess|lol|ha+|x+)\s*)*[.!]*$/i;

/** What an earlier outcome's answer to "what would it do for you?" was, when the words point at it. */
export function doesForMeSaidBefore(text: string, draft: Draft, outcomeId: string): string | undefined {
  const earlier = draft.outcomes.filter((o) => o.id !== outcomeId && o.doesForMe);
  if (earlier.length === 0) return undefined;
  const hope = readSameAsHope(text);
  if (hope) {
    if (!NOTHING_MORE.test(hope.rest)) return undefined;
    // "the bus one": the outcome (or its hope) with those words.
    const named = earlier.filter((o) => overlap(hope.hope.join(' '), `${o.statement} ${hopeText(draft, o)}`) > 0);
    return named.at(-1)?.doesForMe ?? undefined;
  }
  const same = readSameAsBefore(text);
  if (!same) return undefined;
  const before = earlier.at(-1)?.doesForMe ?? undefined;
  // "Same like before. She is less scared and can eat lunch with other children": the answer before, and the new words beside it.
  const sentences = text.split(/(?<=[.!?])\s+/);
  const more = sentences.slice(1).join(' ').trim();
  if (before && sentences.length > 1 && readSameAsBefore(sentences[0]!) && more && !NOTHING_MORE.test(more) && overlap(more, before) === 0) return `${before.replace(/[.!\s]+$/, '')}. ${more}`;
  if (same.named.length > 0 || !NOTHING_MORE.test(same.rest)) return undefined;
  return before;
}

function hopeText(draft: Draft, outcome: Outcome): string {
  return draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text ?? '';
}
