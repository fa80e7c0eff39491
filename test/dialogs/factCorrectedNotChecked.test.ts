import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "No. That is wrong. Mum does not do my money now. I do it myself.": a young man puts right a fact
 * that was kept. It is a correction of what was kept, never "That sounds hard. Are you OK?". A harm
 * said as a correction ("no thats wrong, he does hit me") is still asked after.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['Mum does my money'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT] };
const AT_MORE: Seed = { ...SAM, at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) };

const CORRECTIONS = [
  'No. That is wrong. Mum does not do my money now. I do it myself.',
  'no thats wrong, mum doesnt do my money anymore, i do it',
  'No. That is not right. Mum does not do my money now. I do it on my own.',
];

describe('a fact put right is a correction, never a worry', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(CORRECTIONS)('%j at the first step of an outcome is not checked', async (typed) => {
    ({ chat } = await startWith(SAM));
    const replies = await chat.say(typed);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(JSON.stringify(replies)).not.toMatch(/Are you OK/);
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs.join(' ')).toMatch(/not do my money|doesnt do my money/i);
    expect(needs).not.toContain('Mum does my money');
  });

  it.each([
    'no thats wrong, he does hit me',
    'No. That is wrong. Mum does not hit me now. She hits my sister.',
    'No that is wrong. My uncle does not touch me now.',
    'no thats wrong, i dont want to live anymore',
    'No. That is wrong. Mum does not do my money now. They make me sell stuff.',
  ])('a worry said as a correction is still asked after: %j', async (typed) => {
    ({ chat } = await startWith(SAM));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('Mum does my money');
  });

  it.each(CORRECTIONS)('%j at "what helps?" is not checked', async (typed) => {
    ({ chat } = await startWith(AT_MORE));
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain('Mum does my money');
  });
});
