import { afterEach, describe, expect, it } from 'vitest';
import { readNamedEdits } from '../../src/language/namedEdit';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/* Jade, 17, at the read-back, names a goal by its words and says what it should be "just". */

describe('"change the bus one to just get the bus on my own" keeps only their new words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'change the bus one to just get the bus on my own',
    'change the bus goal to get the bus on my own',
    'change the bus one to just: get the bus on my own',
    'change the bus outcome to simply get the bus on my own',
    'can you change the bus one to just get the bus on my own please',
  ])('"%s", then yes: the bus goal becomes "get the bus on my own"', async (words) => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say(words);
    await chat.say('yes');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes[0]!.statement).toMatch(/I will get the bus on my own\.$/);
    expect(outcomes[0]!.statement).not.toMatch(/just|change/);
    expect(outcomes[1]!.statement).toBe('By June 2027, I will work on the till in a shop.');
  });

  it.each([
    ['change the till one to just work on the till', 'work on the till'],
    ['change the bus one to just in time for college', 'just in time for college'],
    ['change the bus one to justin drives me', 'justin drives me'],
    ['change the bus one to just about get there', 'just about get there'],
  ])('"%s" keeps "%s" as the new words', (words, to) => {
    expect(readNamedEdits(words)[0]?.to).toBe(to);
  });
});
