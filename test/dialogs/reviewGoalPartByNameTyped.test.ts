import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview, jadeAtReview } from './reviewSeed';

/* At the read-back, a part of one goal named the way people name it: "the how we know bit of the bus one". */

describe('a goal part named by its words opens that part of that goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'change the how we know bit of the bus one',
    'the how we know bit of the bus one is wrong',
    'the how will we know part of the bus goal',
    'can i change the measure on the bus one',
    'change how we will know on the bus one',
  ])('"%s" asks for the new measure of the bus goal', async (words) => {
    ({ chat } = await startWith(jadeAtReview()));
    const asked = saidIn(await chat.say(words));
    expect(asked).toMatch(/"i get there on time"/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('my tutor sees me get off the bus');
    const [bus, till] = (await chat.draft())!.outcomes;
    expect(bus!.measure).toBe('my tutor sees me get off the bus');
    expect(till!.measure).toBe('my manager says im ok');
  });

  it('"the measure for the till one needs changing" asks for the till goal\'s measure', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    expect(saidIn(await chat.say('the measure for the till one needs changing'))).toMatch(/"my manager says im ok"/);
  });

  it('"what it does for me on the till one is wrong" asks for that part\'s new words', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    expect(saidIn(await chat.say('what it does for me on the till one is wrong'))).toMatch(/"i feel proud"/);
  });

  it.each(['the date on the cooking one is wrong', 'change the date of the cooking one', 'the cooking one has the wrong date'])('"%s" asks when, for the cooking goal', async (words) => {
    ({ chat } = await startWith(danAtReview()));
    const asked = saidIn(await chat.say(words));
    expect(asked).toMatch(/cook my own tea/);
    expect(asked).not.toMatch(/paid job/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"the bus one" alone is still a pick of that goal, not one of its parts', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    const asked = saidIn(await chat.say('change the bus one'));
    expect(asked).toMatch(/take the bus to college/);
    expect(asked).not.toMatch(/"i get there on time"/);
  });
});
