import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { gamesDesignerAtReview } from './reviewSeed';

/*
 * A "no" that says what to do instead, typed at a yes / no question: "No! Do not take that out.
 * Take out the bit about ...". The part asked about stays, and the instruction is acted on.
 */

const SEED = gamesDesignerAtReview();

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a "no" with an instruction at a yes / no question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"No! Do not take that out. Take out the bit about drawing." keeps the animals and asks about the drawing', async () => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('delete the animals one');
    expect(texts(asked)).toContain('I am kind to animals');
    const replies = await chat.say('No! Do not take that out. Take out the bit about drawing.');
    expect(texts(replies)).toContain('I am good at drawing');
    expect((await chat.draft())!.aboutMe.strengths).toHaveLength(3);
    await chat.say('yes');
    expect((await chat.draft())!.aboutMe.strengths).toEqual(['I am kind to animals', 'I make people laugh']);
  });

  it('"no i meant the other one" at "take it out?": nothing is taken out and the bot asks which part', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('delete the animals one');
    await chat.say('no i meant the other one');
    expect((await chat.draft())!.aboutMe.strengths).toHaveLength(3);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices.length).toBeGreaterThan(2);
  });

  it('leave alone: a bare "no thanks" keeps the part and goes back to the read-back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('delete the animals one');
    const replies = await chat.say('no thanks');
    expect(texts(replies)).toMatch(/left it in/);
    expect((await chat.draft())!.aboutMe.strengths).toHaveLength(3);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
