import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * At the outcome read-back, a new time said with "change the date to" or on its own ("october
 * half term in year 7 plz") changes the date only: the words stay as they were read back.
 */

const SEED: Seed = {
  today: '2026-12-02',
  who: 'self',
  name: 'Kai',
  age: 11,
  schoolYear: 6,
  hopes: [{ text: 'to go to secondary on the bus', theme: 'independent_living', needs: ['i get scared on the bus'] }],
};

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function atReadBack(chat: Transcript): Promise<void> {
  for (const m of ['i will get the bus to school with a friend', 'in 6 months', 'my mum will see me get on', 'i feel grown up', 'i can go to clubs', 'nothing more']) await chat.say(m);
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('a new time at the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['change the date to the end of year 7, and can it say with a friend', /end of year 7/i],
    ['october half term in year 7 plz', /october half term in year 7/i],
    ['can we make it christmas in year 7', /christmas in year 7/i],
    ['october half term in year 7', /october half term in year 7/i],
    ['by the summer of year 7 thanks', /summer of year 7/i],
  ])('"%s" changes only the date', async (typed, when) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/I will get the bus to school with a friend/i);
    if (chat.step === Step.outcomeConfirm) await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(when);
    expect(outcome.statement).toMatch(/I will get the bus to school with a friend\.$/i);
  });

  it('a date and new words said plainly after it change both', async () => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    const reply = said(await chat.say('change the date to christmas in year 7, and make it say i will catch the bus on my own'));
    expect(reply).toMatch(/I will catch the bus on my own/i);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/christmas in year 7/i);
    expect(outcome.statement).toMatch(/I will catch the bus on my own\.$/i);
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2027-12');
  });

  it('a date near now said with more asking is checked as a step, and the words stay', async () => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    const reply = said(await chat.say('change the date to easter 2027, and can it say with a friend'));
    expect(reply).toMatch(/easter 2027/i);
    expect(reply).toMatch(/soon/i);
    expect(reply).not.toMatch(/type it the way/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/I will get the bus to school with a friend\.?$/i);
    expect(outcome.statement).not.toMatch(/can it say/i);
  });
});
