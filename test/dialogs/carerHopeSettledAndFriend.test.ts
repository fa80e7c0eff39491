import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopesIn } from '../../src/language/hopesInMessage';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * A foster carer: "honestly right now i just want him to stay at his school and be settled and a friend". Two hopes:
 * staying at his school and being settled (one hope: how it would feel is part of it), and having a friend.
 * "honestly right now" is no part of either.
 */
const TYPED = 'honestly right now i just want him to stay at his school and be settled and a friend';
const atDream: Seed = {
  today: '2026-12-07', who: 'parent_carer', name: 'Leo', age: 9, schoolYear: 4, hopes: [],
  change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, relationship: 'foster_carer', pronoun: 'he' } }),
  at: () => ({ stage: 'hopes', step: Step.hopesDream }),
};

describe('a carer\'s hope for him, with a friend named last', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps "stay at his school and be settled" and "have a friend" as two hopes', async () => {
    ({ chat } = await startWith(atDream));
    const said = saidIn(await chat.say(TYPED));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['i just want him to stay at his school and be settled', 'have a friend']);
    expect(said).toMatch(/stay at his school and be settled/i);
    expect(said).toMatch(/have a friend/i);
    expect(said).not.toMatch(/\bnow\b|honestly/i);
    expect(chat.step).toBe(Step.hopesMore);
  });
});

describe('hopesIn: a friend named last', () => {
  it.each([
    [TYPED, ['i just want him to stay at his school and be settled', 'have a friend']],
    ['i want him to stay at his school and be settled and have a friend', ['i want him to stay at his school and be settled', 'have a friend']],
    ['i want him to go to college and some mates', ['i want him to go to college', 'have some mates']],
    ['right now i want to be a vet', ['i want to be a vet']],
    // One thing to be, or friends made at the place named: one hope, as before.
    ['i want to be a chef and a friend', ['i want to be a chef and a friend']],
    ['i want to go to the youth club and make some friends', ['i want to go to the youth club and make some friends']],
  ] as const)('%j', (typed, expected) => {
    expect(hopesIn(typed)).toEqual(expected);
  });
});
