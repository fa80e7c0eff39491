import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "by my 12th birthday in march" typed at 10: the outcome is dated the March after next, in their words. */

const TRAIN: SeedHope = { text: 'go on the train to york', theme: 'independent_living', needs: ['i get lost'] };

describe('a birthday named by its age, typed at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['by my 12th birthday in march', '2028-03-31'],
    ['by my 11th birthday in july', '2027-07-31'],
  ])('"%s" keeps the words and dates it %s', async (typed, date) => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Sam', age: 10, schoolYear: 6, hopes: [TRAIN] }));
    await chat.say('buy my own ticket at the station');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(typed);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe).toEqual({ phrase: typed, date });
  });
});
