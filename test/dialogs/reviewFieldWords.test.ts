import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * A dad changing "how we will know" at the review says it the way people do: "has a question in it.
 * change it to ...", "just put: ...", "for gods sake". Only the new words are offered and kept,
 * never the asking or the exasperation.
 */

const SEED = parentAtReview(
  { name: 'Kyle', age: 14, schoolYear: 9 },
  { text: 'to be a mechanic', theme: 'learning_and_work', needs: ['he cant read properly'] },
  {
    statement: 'By the end of Year 11, Kyle will read a job sheet on his own.',
    timeframe: { phrase: 'by the end of Year 11', date: '2028-07-21' },
    measure: 'his reading age goes up? the school test it dont they',
  },
);

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('new words for how we will know, typed at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"has a question in it. change it to ..." offers only the new words, and a yes keeps them', async () => {
    ({ chat } = await startWith(SEED));
    const reply = said(await chat.say('how we will know has a question in it. change it to his reading age goes up when school test him'));
    expect(reply).toMatch(/"his reading age goes up when school test him"/);
    expect(reply).not.toMatch(/has a question|change it to/);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('his reading age goes up when school test him');
  });

  it('"for gods sake" is never offered as words; "just put: ..." is, without "just put"', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change how we will know');
    expect(chat.step).toBe(Step.reviewChange);
    const cross = said(await chat.say('for gods sake'));
    expect(cross).not.toMatch(/"for gods sake"/);
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/dont they/);
    const reply = said(await chat.say('just put: his reading age goes up when school test him'));
    const measure = (await chat.draft())!.outcomes[0]!.measure;
    expect(`${reply}\n${measure}`).toMatch(/his reading age goes up when school test him/);
    expect(measure).not.toMatch(/just put/);
  });
});
