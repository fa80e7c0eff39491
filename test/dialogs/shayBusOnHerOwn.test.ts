import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Shay, 22, asked what she hopes for: getting the bus to the centre on her own, so nan does not have
 * to take her, is something she can do, never "Are you OK?". The same words with harm or want beside
 * them are still asked after or heard.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function shayAtHopes(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02', name: 'Shay', age: 22, hopes: [],
    change: (d: Draft): Draft => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' },
    at: () => ({ stage: 'hopes', step: Step.hopesDream }),
  }));
  return chat;
}

describe('the bus to the centre on her own', () => {
  it('"i get the bus to centre on my own and nan dont have to take me" is no worry', async () => {
    const chat = await shayAtHopes();
    const said = saidIn(await chat.say('i get the bus to centre on my own and nan dont have to take me'));
    expect(said).not.toMatch(/Are you OK|sounds hard/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['i get the bus to centre on my own and nan dont have to take me cos she hits me', 'i get the bus to centre on my own and nan dont have to take me. a man at the stop touches me'])(
    '"%s" is still heard',
    async (typed) => {
      const chat = await shayAtHopes();
      await chat.say(typed);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
    },
  );
});
