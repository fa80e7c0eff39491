import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { FINLEY } from './finleySeed';

/*
 * A dad with English as his second language answers "by when?" with a time and why not another:
 * "In 6 months I hope. Before summer is too long for this". The time is 6 months; the summer is
 * turned down, never a second time to choose from, and "I hope" is never kept in the time.
 */
describe('a time said beside another time turned down at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"In 6 months I hope. Before summer is too long for this" is 6 months from today', async () => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will walk to school on his own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('In 6 months I hope. Before summer is too long for this');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.phrase).toMatch(/^in 6 months$/i);
  });

  it('a harm said beside a time still reaches the safety check', async () => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will walk to school on his own');
    await chat.say('In 6 months. Before that his uncle hits him');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
