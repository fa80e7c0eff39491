import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * "yeah im safe. i just want my own place one day" at "do you feel safe?": a yes, and a hope.
 * The yes is answered as a yes (no flag); the hope is kept for the hopes stage, and when the hopes
 * questions come the person is reminded of it instead of it being lost.
 */

const atSafe = () => startWith({ today: '2026-12-02', name: 'Sam', age: 17, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) });

describe('a hope beside "yes" at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['yeah im safe. i just want my own place one day', /own place/],
    ['yes i feel safe. one day i want to be a chef', /chef/],
  ])('"%s" keeps the hope, says so, and offers it at the hopes step', async (typed, hope) => {
    ({ chat } = await atSafe());
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/999|0800 1111/);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.aspirations.map((a) => a.text).join(' ')).toMatch(hope);
    expect(draft.aspirations.map((a) => a.text).join(' ')).not.toMatch(/safe/);
    expect(chat.step).toBe(Step.hopesMore);
    expect(texts(replies)).toMatch(/You told me a hope earlier: "[^"]*(?:own place|chef)[^"]*". It is kept with your hopes/);
  });

  it('leave alone: "yeah im safe" keeps no hope', async () => {
    ({ chat } = await atSafe());
    await chat.say('yeah im safe');
    expect((await chat.draft())!.aspirations).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });
});
