import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo } from './journeySeed';
import { FINLEY, FINLEY_ANSWERS } from './finleySeed';

/*
 * Becky (mum, Finley in Year 6) gives the time and works out its date in one breath: "end of year 7
 * so july 2028". The outcome says the time once, with its month and year, never "so July 2028".
 */
describe('a time and its date said together at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['end of year 7 so july 2028', '2028-07', 'By the end of Year 7 (July 2028), Finley will walk to school on his own.'],
    ['by year 9 which is 2029', '2029-07', 'By Year 9, Finley will walk to school on his own.'],
  ])('"%s" is read back with the time said once', async (said, month, sentence) => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will walk to school on his own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(said);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date.slice(0, 7)).toBe(month);
    await walkTo(chat, Step.outcomeConfirm, FINLEY_ANSWERS);
    expect(saidIn(chat.all.slice(-2))).toContain(sentence);
  });
});
