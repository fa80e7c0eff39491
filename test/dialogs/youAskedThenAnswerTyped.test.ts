import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "you asked what i want so i said college" is an answer that opens with the question, not a complaint that it
 * came round again: it is kept. Only "again", "already", "twice" and the like make it a complaint.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i cannot cook yet'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT] };

describe('"you asked ..." followed by the answer, at the outcome step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['you asked what i want so i said college', 'you asked how i get to work i get the bus'])('%j is kept, with no sorry', async (typed) => {
    ({ chat } = await startWith(SAM));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/haven't kept that/i);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });
});
