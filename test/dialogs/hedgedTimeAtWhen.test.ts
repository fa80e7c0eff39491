import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo } from './journeySeed';
import { FINLEY, FINLEY_ANSWERS } from './finleySeed';

/*
 * Becky (mum, Finley in Year 6) in December answers "by when?" with how sure she is before the time:
 * "realistically maybe a year?". The time is a year from today; the words of how sure are not kept.
 */
describe('a time said with how sure they are at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"realistically maybe a year?" is a year from today, kept without the hedge', async () => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will walk to school on his own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('realistically maybe a year?');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.date).toBe('2027-12-05');
    expect(timeframe?.phrase).not.toMatch(/realistically|maybe|\?/i);
    await walkTo(chat, Step.outcomeConfirm, FINLEY_ANSWERS);
    const readBack = saidIn(chat.all.slice(-2));
    expect(readBack).toContain('By December 2027 (in a year), Finley will walk to school on his own.');
    expect(readBack).not.toMatch(/realistically|maybe/i);
  });
});
