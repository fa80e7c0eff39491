import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const FRIENDS: SeedHope = { text: 'I want Arjun to make friends at nursery', theme: 'friends_and_community', needs: ['he finds it hard to join in games'] };
const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: ['I cant use the oven safely'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('a parent asking what a word means at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"sorry what does outcomes mean? the nursery senco keeps saying it and i just nod" is answered, nothing kept', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Arjun', age: 4, schoolYear: 0, hopes: [FRIENDS] });
    chat = c;
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say('sorry what does outcomes mean? the nursery senco keeps saying it and i just nod');
    expect(texts(replies)).toMatch(/An outcome is something your child will be able to do/);
    expect(texts(replies)).toMatch(/For example/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes ?? []).toEqual([]);
    const later = texts(await chat.say('wait i didnt say a step yet?'));
    expect(later).toMatch(/haven't written a step for it yet/);
    expect(later).not.toMatch(/Sorry about that/);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('"whats a target?" at the measure question is explained for a young person, and the measure asked again', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK] });
    chat = c;
    await chat.say('cook my own tea on my own in a year');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const said = texts(await chat.say('whats a target? my tutor talks about them'));
    expect(said).toMatch(/A target is a small step on the way to an outcome/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });
});
