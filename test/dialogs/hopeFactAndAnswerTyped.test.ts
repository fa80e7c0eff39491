import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "The hope should only be to live in my own flat. Mum does it now is a fact not a hope. For the
 * flat: I need to learn to cook and pay bills.": the hope is put right, the fact is not kept as a
 * hope nor moved to the hard things as the hope, and the answer for the flat is kept with that hope.
 */

const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const PUT_RIGHT = 'The hope should only be to live in my own flat. Mum does it now is a fact not a hope. For the flat: I need to learn to cook and pay bills.';

describe('a hope put right with a fact and an answer beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the hope as "live in my own flat" and the flat answer with it', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('I want to live in my own flat. Mum does it now');
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say(PUT_RIGHT);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['live in my own flat']);
    expect(draft.needs.map((n) => n.text)).toEqual(['I need to learn to cook and pay bills']);
    expect(draft.needs[0]!.aspirationIds).toEqual([draft.aspirations[0]!.id]);
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a worry beside it is still asked after: "The hope should only be to live in my own flat. He hits me."', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('I want to live in my own flat. Mum does it now');
    await chat.say('The hope should only be to live in my own flat. He hits me.');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
