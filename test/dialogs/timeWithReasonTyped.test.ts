import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/** Yusuf's mum, making an outcome for his toilet hope, at "by when?". */
async function atYusufsWhen(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Yusuf', age: 6, schoolYear: 1 }, [{ text: 'he go to toilet by himself', theme: 'independent_living', needs: ['he wear nappy'] }]));
  await chat.say('he use the toilet at school');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

const outcome = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!;

describe('a time with a reason after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['end of year 2. it take time for him', 'End of Year 2, because he need more time', 'end of year 2! it is slow for him']) {
    it(`"${said}" at "by when?" is the end of Year 2, and the measure is asked next`, async () => {
      chat = await atYusufsWhen();
      const replies = await chat.say(said);
      expect(texts(replies)).not.toMatch(/couldn.t work out a date/);
      expect((await outcome(chat)).timeframe?.date).toBe('2028-07-21');
      expect(chat.step).toBe(Step.outcomeMeasure);
    });
  }

  it('"in 6 months. this is the most urgent" at the measure is a new date asked about, never the measure', async () => {
    chat = await atYusufsWhen();
    await chat.say('end of year 2');
    const replies = await chat.say('in 6 months. this is the most urgent');
    expect(texts(replies)).toMatch(/in 6 months/);
    expect(texts(replies)).toMatch(/instead of/);
    expect((await outcome(chat)).measure ?? '').not.toMatch(/urgent|6 months/);
  });
});
