import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * At "by when?", a dad asks whether to give it longer and gives a time in the same message: the
 * question gets a short answer (longer is fine; most outcomes are for about a year), and his time
 * is the answer.
 */
const BEN = parentSeed({ name: 'Ben', age: 8, schoolYear: 4 }, [{ text: 'he wants to have a friend to play with', theme: 'friends_and_community', needs: ['he finds it hard to join in'] }], { today: '2026-12-04' });

describe('asking whether to give an outcome longer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"is it better to give it longer? ... 6 months i guess" is answered and keeps 6 months', async () => {
    const { chat: c } = await startWith(BEN);
    chat = c;
    await chat.say('he will play a game with a friend at break');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = saidIn(await chat.say('is it better to give it longer? ... 6 months i guess'));
    expect(replies).toMatch(/Longer is fine/);
    expect(replies).not.toMatch(/can't answer/i);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toMatch(/6 months/);
  });

  it('the question alone is answered and the question asked again', async () => {
    const { chat: c } = await startWith(BEN);
    chat = c;
    await chat.say('he will play a game with a friend at break');
    const replies = saidIn(await chat.say('should we give it longer?'));
    expect(replies).toMatch(/Longer is fine/);
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
