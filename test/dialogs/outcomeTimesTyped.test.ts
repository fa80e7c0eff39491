import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const TODAY = '2026-12-02';
const SHOPS: SeedHope = { text: 'Be more independent', theme: 'independent_living', needs: ['I get worried in busy places'] };
const TALK: SeedHope = { text: 'Arlo will talk more and make friends', theme: 'friends_and_community', needs: ['He cannot say what he wants yet'] };
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

const year10 = () => startWith({ today: TODAY, name: 'Ella', age: 15, schoolYear: 10, hopes: [SHOPS] });

describe('times typed by a Year 10 pupil and a nursery parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"year 11" at "by when?" is the end of Year 11, not of Year 10', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('year 11');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
  });

  it('the "End of Year 11" button is the end of Year 11 too', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    await chat.say('End of Year 11');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
  });

  it('a time said inside a reworded outcome updates the date, and the sentence is tidied', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    await chat.say('next summer');
    await chat.say('my mum sees me do it');
    // A different answer to each coaching question: the same words again within seconds are the phone's copy.
    const answers = ['i would feel grown up', 'i could go into town with my friends', 'mum comes with me the first time', 'a list of what to buy'];
    for (const answer of answers) if (chat.step !== Step.outcomeConfirm) await chat.say(answer);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('no');
    await chat.say('by the end of year 11 i will go to the shop on my own');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toBe('2028-07-21');
    expect(outcome.statement).toBe('By the end of Year 11, I will go to the shop on my own.');
  });

  it('"now" at "by when?" is taken as soon, kindly, not a miss', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    const replies = await chat.say('now');
    expect(texts(replies)).not.toMatch(/did not get the time|didn't get the time/i);
    expect(texts(replies)).toMatch(/soon/i);
  });

  it('quotes only the tidied time back, and never asks step-or-bigger twice for one outcome', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    const soon = await chat.say('by christmas? or after half term idk');
    expect(texts(soon)).toContain('"by christmas"');
    expect(texts(soon)).not.toContain('idk');
    const choice = chat.lastQuestion!.activity.text;
    await chat.say('keep it as a short step');
    await chat.say('by easter');
    expect(chat.lastQuestion?.activity.text).not.toBe(choice);
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });

  it('a step said twice is kept once', async () => {
    ({ chat } = await year10());
    await chat.say('go to the shop on my own');
    await chat.say('by christmas');
    await chat.say('A step to something bigger');
    await chat.say('go to the shops and the bus on my own, first go to the shop on my own');
    const steps = (await chat.draft())!.outcomes[0]?.steps ?? [];
    const texts2 = steps.map((s) => s.text.toLowerCase());
    expect(new Set(texts2).size).toBe(texts2.length);
  });

  it('a nursery parent: "By the time he starts Reception in September" is ahead, not gone by', async () => {
    ({ chat } = await startWith({ today: TODAY, who: 'parent_carer', name: 'Arlo', age: 3, schoolYear: -1, hopes: [TALK] }));
    await chat.say('he will ask for a drink using words');
    const replies = await chat.say('By the time he starts Reception in September');
    expect(texts(replies)).not.toMatch(/already gone/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-08-31');
  });
});
