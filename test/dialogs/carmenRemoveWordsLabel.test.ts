import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Carmen, mum of Luca (5), at the review asks for words out of what an outcome would do for him. The question names
 * that part as her card does, "What it would do for Luca", never "What it would do for me".
 */

function lucas(draft: Draft): Draft {
  return confirmedOutcome(draft, 0, 'Luca will use the toilet at school with help', {
    timeframe: { phrase: 'by the summer', date: '2027-07-22' },
    measure: 'he uses the toilet at school most days',
    doesForMe: 'hed be more comfy full stop',
  }).draft;
}

describe('taking words out of a part of the outcome, as a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the what it would do bit says full stop can you take it out": the part is named for Luca', async () => {
    ({ chat } = await startWith(
      parentSeed({ name: 'Luca', age: 5, schoolYear: 0 }, [{ text: 'to stay in class with the other children', theme: 'learning_and_work', needs: ['he isnt toilet trained'] }], {
        change: lucas,
        at: atReviewSummary,
      }),
    ));
    const asked = saidIn(await chat.say('the what it would do for him bit says full stop can you take it out'));
    expect(asked).toMatch(/Take "full stop" out of/);
    expect(asked).toMatch(/What it would do for Luca/);
    expect(asked).not.toMatch(/What it would do for me/);
  });
});
