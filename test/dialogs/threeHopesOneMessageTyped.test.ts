import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Tilly, 22, tells three hopes in one message: each is kept as its own hope, and one said again that is new is added. */

const tilly = { today: '2026-12-03', name: 'Tilly', age: 22, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };
const THREE = 'i want my own adapted flat with PAs, a part time job in an art gallery or a shop, and going out with my mates without my mum';
/** Her two hopes kept with the job stuck on the end of the flat, asked "another hope?". */
const jobStuckOnFlat = {
  ...tilly,
  hopes: [
    { text: 'I want my own adapted flat with PAs, a part time job in an art gallery or a shop', theme: 'independent_living' as const, needs: [] },
    { text: 'going out with my mates without my mum', theme: 'friends_and_community' as const, needs: [] },
  ],
  at: () => ({ stage: 'hopes' as const, step: Step.hopesMore }),
};

describe('three hopes in one message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the flat, the job and going out as three hopes', async () => {
    ({ chat } = await startWith(tilly));
    await chat.say(THREE);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes[0]).toMatch(/flat with PAs/);
    expect(hopes[0]).not.toMatch(/job/);
    expect((await chat.draft())!.aboutMe.support ?? []).toEqual([]);
  });
});

describe('a hope said again that is not the same hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i want a part time job in an art gallery or a shop" after the flat hope (with the job stuck on) is added as its own hope', async () => {
    ({ chat } = await startWith(jobStuckOnFlat));
    await chat.say('i want a part time job in an art gallery or a shop');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes[2]).toMatch(/job in an art gallery/);
    expect(hopes[0]).not.toMatch(/job/);
  });
});

describe('"wait wheres the job one?" when the job was stuck on the flat hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the job becomes a hope of its own, and the flat hope keeps its own words', async () => {
    ({ chat } = await startWith(jobStuckOnFlat));
    await chat.say('wait wheres the job one?');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes.filter((h) => /job/.test(h))).toEqual(['a part time job in an art gallery or a shop']);
  });
});
