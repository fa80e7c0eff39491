import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * At the hopes list, "delete 5 and 7" takes out both after one yes; "and delete 7" said after is a
 * request too, never a new hope.
 */
const HOPES = ['be a vet', 'have friends', 'learn to cook', 'go to college', 'ride a bike', 'live on my own', 'swim in the sea', 'get a job'];
const seed: Seed = { today: '2026-12-04', name: 'Sam', age: 15, schoolYear: 10, hopes: HOPES.map((text) => ({ text, theme: null, needs: [] })), at: () => ({ stage: 'hopes', step: Step.hopesMore }) };
const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

describe('several hopes taken out by their numbers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['delete 5 and 7', ['ride a bike', 'swim in the sea']],
    ['remove 2 and 4', ['have friends', 'go to college']],
    ['delete 5, 7', ['ride a bike', 'swim in the sea']],
    ['delete 5 and delete 7', ['ride a bike', 'swim in the sea']],
    ['delete hope 5 and hope 7', ['ride a bike', 'swim in the sea']],
    ['delete the 5th and 7th', ['ride a bike', 'swim in the sea']],
  ])('"%s" at the hopes list takes out both after one yes', async (typed, gone) => {
    ({ chat } = await startWith(seed));
    await chat.say('show my hopes');
    const asked = said(await chat.say(typed));
    for (const hope of gone) expect(asked).toContain(hope);
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(HOPES.filter((h) => !gone.includes(h)));
  });

  it.each(['and delete 7', 'and delete 7 too', 'delete 7 as well'])('"%s" after one hope was taken out is a request, never a hope', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say('show my hopes');
    await chat.say('delete 5');
    await chat.say('yes');
    await chat.say('show my hopes');
    const asked = said(await chat.say(typed));
    // Number 7 of the list now shown is "get a job".
    expect(asked).toContain('get a job');
    await chat.say('yes');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['be a vet', 'have friends', 'learn to cook', 'go to college', 'live on my own', 'swim in the sea']);
  });
});
