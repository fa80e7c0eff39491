import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* A hope with how things are now beside it: the hope is kept alone, and read back whole, never cut mid-phrase. */
describe('a hope said with how things are now', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"a job that pays. now i just do 2 days at the charty shop"', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dan', age: 20, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const said = saidIn(await chat.say('a job that pays. now i just do 2 days at the charty shop'));
    expect(said).not.toMatch(/…/);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['a job that pays']);
  });
});
