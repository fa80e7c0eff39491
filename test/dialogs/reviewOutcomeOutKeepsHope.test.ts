import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { noOutcomeWithoutItsHope, samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review, taking out one goal keeps the hope it belonged to: a hope is only taken out when
 * the person asks for that. The bot says what it took out. No goal is ever left pointing at a hope
 * that is gone.
 */

const seed = () =>
  samAtReview(
    12,
    [
      { text: 'go college for barbering', theme: 'learning_and_work', needs: ['i find reading hard'] },
      { text: 'get the bus on my own', theme: 'independent_living', needs: ['the bus times confuse me'] },
    ],
    (d) =>
      withConfirmedOutcomes(d, (i) => ({
        statement: i ? 'By July 2027, I will get the bus to town on my own.' : 'By July 2027, I will get a Saturday job in a barber shop.',
        timeframe: { phrase: 'by July 2027', date: '2027-07-23' },
        measure: 'my tutor sees it',
      })),
  );

describe('a goal taken out at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['take out the job one', 'get rid of the barber shop goal'])('"%s" then yes takes out the goal alone and says so; its hope stays', async (typed) => {
    ({ chat } = await startWith(seed()));
    await chat.say('change something');
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/Saturday job in a barber shop/);
    const done = saidIn(await chat.say('yes'));
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['go college for barbering', 'get the bus on my own']);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2027, I will get the bus to town on my own.']);
    expect(noOutcomeWithoutItsHope(draft)).toBe(true);
    expect(done).toMatch(/taken out "By July 2027, I will get a Saturday job in a barber…"\. Your hope "go college for barbering" is still in your plan\./);
  });
});
