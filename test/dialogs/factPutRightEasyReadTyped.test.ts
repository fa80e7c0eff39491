import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * In easy read, a fact put right says back what was wrong as well as what it says now.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['Mum does my money'] };
const SAM: Seed = {
  today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT],
  change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
  journey: { mode: 'easy_read' },
};

describe('a fact put right, in easy read', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('says what was wrong and what it says now', async () => {
    ({ chat } = await startWith(SAM));
    const said = saidIn(await chat.say('No. That is wrong. Mum does not do my money now. I do it myself.'));
    expect(said).toMatch(/Mum does my money/);
    expect(said).toMatch(/Mum does not do my money now/);
  });
});
