import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { FINLEY } from './finleySeed';

/*
 * Precious (a mother, English her second language): her step said "by the end of Year 6", and the
 * bot asked "by when?" again. The step's own date is taken and said back. "end of Year 6 please" at
 * "by when?" was kept with "please": words of politeness are never part of the time kept.
 */
describe('the date said in the step, and "please" at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"he will read a whole book on his own by the end of Year 6": the step\'s date is taken, not asked again', async () => {
    chat = (await startWith(FINLEY)).chat;
    const replies = await chat.say('he will read a whole book on his own by the end of Year 6');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.phrase).toMatch(/end of Year 6/i);
    expect(saidIn(replies)).toMatch(/end of Year 6/i);
  });

  it.each(['end of Year 6 please', 'by the end of year 6 thank you', 'please by end of Year 6'])('"%s" at "by when?" is kept without the politeness', async (said) => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will read a whole book on his own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(said);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.phrase).toMatch(/end of Year 6/i);
    expect(timeframe?.phrase).not.toMatch(/please|thank/i);
  });

  it('a plain disclosure at "by when?" is still heard', async () => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will read a whole book on his own');
    await chat.say('end of year 6 please. he says he dont get fed at home');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
