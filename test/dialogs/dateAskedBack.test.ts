import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * "sorry what did you put for the date", asked while an outcome is made: a question about the date
 * kept. The bot says the date it has and asks its question again. No "Are you OK?", nothing kept.
 */

const HOPES = [{ text: 'do a bike course at college', theme: 'learning_and_work' as const, needs: ['reading is hard'] }];

describe('the date asked back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"sorry what did you put for the date" gets the date kept and the question again', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Kyle', age: 14, schoolYear: 9, hopes: HOPES }));
    for (const said of ['do a bike course at college', 'next summer']) await chat.say(said);
    const step = chat.step;
    const said = saidIn(await chat.say('sorry what did you put for the date'));
    expect(said).toMatch(/July 2027/);
    expect(said).not.toMatch(/are you ok/i);
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/what did you put/);
  });
});
