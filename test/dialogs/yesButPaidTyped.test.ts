import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Jordan (22, easy read) wants a paid job. "yeh but paid" to a work question, to a work hope just
 * kept, or to a job read back is a yes that puts "paid" into his own words; never a hope of its own.
 */
const AT_DREAM: Seed = { today: '2026-12-04', name: 'Jordan', age: 22, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('"yeh but paid"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['a job', 'a paid job'],
    ['work', 'paid work'],
  ])('after the hope "%s", "yeh but paid" makes it "%s", and keeps no hope "but paid"', async (hope, paid) => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('easy read');
    await chat.say(hope);
    expect(chat.step).toBe(Step.hopesMore);
    const said = saidIn(await chat.say('yeh but paid'));
    expect(said).toContain(`"${paid}"`);
    expect(await hopesOf(chat)).toEqual([paid]);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('after the idea of a paid job, at the work question with no work hope yet, it keeps a paid job as the hope', async () => {
    ({ chat } = await startWith({
      ...AT_DREAM,
      hopes: [{ text: 'live in my own flat', theme: 'independent_living', needs: [] }],
      at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'learning_and_work' }),
    }));
    await chat.say('easy read');
    await chat.say('yeh but paid');
    expect(await hopesOf(chat)).toEqual(['live in my own flat', 'a paid job']);
  });

  it('to a job read back, it is a yes with "paid" put in beside the job', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Jordan', age: 22, hopes: [{ text: 'get a job', theme: 'learning_and_work', needs: ['reading is hard'] }] }));
    for (const said of ['easy read', 'get a job in a shop', 'next summer', 'i get paid', 'happy', 'buy stuff', 'job coach']) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const said = saidIn(await chat.say('yeh but paid'));
    expect(said).toContain('I will get a paid job in a shop.');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes[0]).toMatchObject({ statement: 'By next summer (July 2027), I will get a paid job in a shop.', confirmed: true });
  });

  it('"yes" alone to a job read back keeps the words as they were', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Jordan', age: 22, hopes: [{ text: 'get a job', theme: 'learning_and_work', needs: ['reading is hard'] }] }));
    for (const said of ['easy read', 'get a job in a shop', 'next summer', 'i get paid', 'happy', 'buy stuff', 'job coach', 'yeh']) await chat.say(said);
    expect((await chat.draft())!.outcomes[0]).toMatchObject({ statement: 'By next summer (July 2027), I will get a job in a shop.', confirmed: true });
  });
});
