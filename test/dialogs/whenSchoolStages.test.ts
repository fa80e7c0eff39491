import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

async function pupil(schoolYear: number, age: number): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    who: 'self',
    name: 'Kai',
    age,
    schoolYear,
    hopes: [{ text: 'go to town on my own', theme: 'independent_living', needs: ['i get lost'] }],
  });
  return chat;
}

/** Through the rest of the outcome to its read-back. */
async function toReadBack(chat: Transcript): Promise<string> {
  await chat.say('i go every week');
  await chat.say('i would feel proud');
  await chat.say('i could go to town with friends');
  const said = saidIn(await chat.say('travel training'));
  expect(chat.step).toBe(Step.outcomeConfirm);
  return said;
}

describe('times tied to the school years are read on the person\'s own calendar', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('in Year 9, "by year 10" is kept for the end of this school year, the choice offered first', async () => {
    chat = await pupil(9, 14);
    const replies = await chat.say('go to the shop on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(replies.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title) ?? [])).toContain('End of this school year');
    await chat.say('by year 10');
    expect((await chat.draft())?.outcomes[0]?.timeframe).toEqual({ phrase: 'by year 10', date: '2027-07-22' });
    expect(await toReadBack(chat)).toContain('By Year 10, I will go to the shop on my own.');
  });

  it('in Year 11, "before college starts" is September 2027', async () => {
    chat = await pupil(11, 16);
    await chat.say('go to the shop on my own');
    await chat.say('before college starts');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.date).toBe('2027-09-01');
    expect(await toReadBack(chat)).toContain('(September 2027), I will');
  });

  it('in Year 10, "before college starts" is September 2028', async () => {
    chat = await pupil(10, 15);
    await chat.say('go to the shop on my own');
    await chat.say('before college starts');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.date).toBe('2028-09-01');
  });
});

describe('a year group the calendar cannot place is never taken for another choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('with only an age known, "by year 10" is not kept as "in a year"', async () => {
    const { chat: c } = await startWith({ today: '2026-12-02', who: 'self', name: 'Kai', age: 14, hopes: [{ text: 'go to town on my own', theme: 'independent_living', needs: [] }] });
    chat = c;
    await chat.say('go to the shop on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by year 10');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.phrase ?? null).not.toBe('in a year');
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
