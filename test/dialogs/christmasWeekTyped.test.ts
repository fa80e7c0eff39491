import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Jayden (15, Year 10) makes an outcome in the Christmas holidays and types "by christmas" at "by when?". */

const COOKING = { text: 'cook my own tea', theme: 'independent_living' as const, needs: ['I forget the steps'] };

async function atByWhen(today: string): Promise<Transcript> {
  const { chat } = await startWith({ today, name: 'Jayden', age: 15, schoolYear: 10, hopes: [COOKING] });
  await chat.say('make beans on toast on my own');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('"by christmas" typed in the Christmas holidays', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('on 22 December it is this Christmas: days away, kindly called a first step', async () => {
    chat = await atByWhen('2026-12-22');
    const replies = saidIn(await chat.say('by christmas'));
    expect(replies).toMatch(/quite soon/i);
    expect(replies).not.toMatch(/2027/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.steps?.[0]?.timeframe?.date).toBe('2026-12-25');
  });

  it('on 28 December it is next Christmas, a whole outcome', async () => {
    chat = await atByWhen('2026-12-28');
    await chat.say('by christmas');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-12-20');
  });
});
