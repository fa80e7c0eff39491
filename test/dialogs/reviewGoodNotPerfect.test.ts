import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import { wordsToSwap } from '../../src/language/wordsToSwap';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * Sam, 15, at the read-back, whose plan says his spelling is not perfect: "its good not perfect".
 * That is how the plan feels (a mild yes), never "good" put in place of "perfect"; "it should say
 * good not perfect" still names the words to change.
 */

const SAM = () => samAtReview(10, [
  { text: 'be a games designer', theme: 'learning_and_work', needs: ['my spelling is not perfect'] },
], (d: Draft) => d);

const parts = (draft: Draft) => ({ hopes: draft.aspirations.map((a) => a.text), needs: draft.needs.map((n) => n.text) });

describe('"its good not perfect" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['its good not perfect', "it's ok, not perfect", 'its fine not amazing lol'])('"%s" is a mild yes: nothing changes and the plan goes on', { timeout: 60000 }, async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SAM()));
    await chat.say(typed);
    expect(chat.step).toMatch(/^review\.(share|done)$/);
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });

  it('"it should say good not perfect" still offers the words changed', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(SAM()));
    await chat.say('it should say good not perfect');
    expect(chat.step).toBe('review.change');
  });
});

describe('wordsToSwap and words of judgement', () => {
  it.each(['its good not perfect', "it's ok, not perfect", 'its fine not amazing lol', 'its alright not great'])('"%s" asks no swap', (typed) => expect(wordsToSwap(typed)).toBeUndefined());

  it.each([
    ['its boccia not sport', 'sport', 'boccia'],
    ['it should say good not perfect', 'perfect', 'good'],
    ['its 2 days not 1', '1', '2 days'],
    ['its my nan not my mum', 'my mum', 'my nan'],
    ['make it ok not perfect', 'perfect', 'ok'],
    ['its swimming not football', 'football', 'swimming'],
  ])('"%s" still swaps %s for %s', (typed, from, to) => expect(wordsToSwap(typed)).toEqual({ from, to }));
});
