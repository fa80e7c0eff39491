import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

const READING: SeedHope = { text: 'to read books about horses on her own', theme: 'learning_and_work', needs: ['She reads at about a Year 2 level'] };
const ruby = () => startWith(parentSeed({ name: 'Ruby', age: 13, schoolYear: 8 }, [READING]));

describe('a parent of a Year 8 types answers at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"end of year 9 is more realistic" is read as the end of Year 9', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('end of year 9 is more realistic');
    expect(saidIn(replies)).not.toMatch(/couldn't work out/i);
    const { timeframe } = (await chat.draft())!.outcomes[0]!;
    expect(timeframe?.phrase).toMatch(/end of year 9/i);
    expect(timeframe?.date).toBe('2028-07-21');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('how everyone would know, typed at "by when?", is kept as the measure and the date is still asked for', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('hard to say really');
    const replies = await chat.say('her teacher does reading checks, so that, and she could read one to me');
    expect(saidIn(replies)).not.toMatch(/move on/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/reading checks/);
    await chat.say('end of year 9 is more realistic');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
