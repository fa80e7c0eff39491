import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Tilly asks for her hopes to be put right; each request is done, never kept as a hope or a hard thing. */

const STUCK = 'I want my own adapted flat with PAs, a part time job in an art gallery or a shop';
const tilly = (step: typeof Step.hopesMore | typeof Step.needsBarrier) => ({
  today: '2026-12-03', name: 'Tilly', age: 22,
  hopes: [
    { text: STUCK, theme: 'independent_living' as const, needs: [] },
    { text: 'going out with my mates without my mum', theme: 'friends_and_community' as const, needs: [] },
  ],
  at: (d: { aspirations: { id: string }[] }) => (step === Step.hopesMore ? { stage: 'hopes' as const, step } : { stage: 'needs' as const, step, topic: d.aspirations[0]!.id }),
});

describe('requests to put a hope right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the first one still has the job stuck on the end of the flat, can u take the job bit out" takes the job words out of hope 1', async () => {
    ({ chat } = await startWith(tilly(Step.hopesMore)));
    const replies = await chat.say('the first one still has the job stuck on the end of the flat, can u take the job bit out');
    expect(saidIn(replies)).toMatch(/part time job in an art gallery/);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes.some((h) => /stuck|take the job/.test(h))).toBe(false);
    expect(hopes.filter((h) => /job/.test(h))).toEqual(['a part time job in an art gallery or a shop']);
  });

  it('"can u change this hope to just: I want my own adapted flat with PAs" at a hard-thing question changes the hope', async () => {
    ({ chat } = await startWith(tilly(Step.needsBarrier)));
    await chat.say('can u change this hope to just: I want my own adapted flat with PAs');
    if (/yes/i.test(JSON.stringify(chat.lastQuestion?.choices ?? []))) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aspirations[0]!.text).toBe('I want my own adapted flat with PAs');
  });
});
