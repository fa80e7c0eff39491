import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { jadeAtReview, JADES_OUTCOMES } from './reviewSeed';

/*
 * At the review, a goal picked, "not the sok bit. it makes me feel a big boy": the part holding
 * "sok" (what it would do for them) is what changes, to the words after; the goal itself stays.
 */
const STORY = 'biscuit ate mi sok yesterday lol';
const SEED = jadeAtReview([{}, { doesForMe: STORY, measure: 'my manager says im ok' }]);

describe('"not the X bit" names the part that holds X', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const pickGoalTwo = async () => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say('change goal 2'));
    return asked;
  };

  it.each([
    ['not the sok bit. it makes me feel a big boy', 'it makes me feel a big boy'],
    ['not the biscuit part, i feel proud', 'i feel proud'],
    ['no not the sok bit - i feel grown up', 'i feel grown up'],
  ])('"%s" changes what it would do for them', async (typed, words) => {
    await pickGoalTwo();
    const reply = saidIn(await chat.say(typed));
    expect(reply).not.toMatch(/I will not the|not the sok/i);
    await chat.say('yes');
    const till = (await chat.draft())!.outcomes[1]!;
    expect(till.doesForMe).toBe(words);
    expect(till.statement).toBe(JADES_OUTCOMES[1]!.statement);
  });

  it('"not the manager bit. my boss says im good" changes how people would know', async () => {
    await pickGoalTwo();
    await chat.say('not the manager bit. my boss says im good');
    await chat.say('yes');
    const till = (await chat.draft())!.outcomes[1]!;
    expect(till.measure).toBe('my boss says im good');
    expect(till.doesForMe).toBe(STORY);
  });

  it('"not the till bit. a cafe" names words of the goal itself: no answer part changes', async () => {
    await pickGoalTwo();
    await chat.say('not the till bit. a cafe');
    await chat.say('yes');
    const till = (await chat.draft())!.outcomes[1]!;
    expect(till.doesForMe).toBe(STORY);
    expect(till.measure).toBe('my manager says im ok');
  });
});
