import { describe, expect, it } from 'vitest';
import { addAspiration, createDraft, startOutcome } from '../../src/domain/draft';
import { changeableItems, matchItems } from '../../dialogs/reviewItems';

/*
 * At the review a dad names the outcome to change by its words and says what is wrong with it:
 * "the tantrum outcome. it say Olek will two times". Words every outcome holds ("Olek will") pick
 * none of them; the word that names one outcome picks it.
 */

function draftWithOutcomes() {
  let draft = createDraft();
  const hope = addAspiration(draft, 'to be happy and have a friend', 'friends_and_community');
  draft = hope.draft;
  for (const statement of [
    'By July 2027, Olek will play with two times a week with a friend at break.',
    'By June 2027, Olek will Olek will come home calm without a tantrum.',
    'By July 2027, Olek will say hello to two children in his class.',
  ]) draft = startOutcome(draft, { statement, aspirationId: hope.aspiration.id, needIds: [] }).draft;
  return draft;
}

describe('picking an outcome by its words at the review', () => {
  it.each(['the tantrum outcome. it say Olek will two times', 'tantrum one, Olek will is written two times'])('"%s" picks the tantrum outcome', (typed) => {
    const draft = draftWithOutcomes();
    const picked = matchItems(draft, changeableItems(draft), typed);
    expect(picked.map((i) => i.text)).toEqual(['By June 2027, Olek will Olek will come home calm without a tantrum.']);
  });
});
