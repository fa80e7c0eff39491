import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* At "What is one step towards this hope?", a bare yes or no gets a kind word, never silence. */

const FOOTBALL: SeedHope = { text: 'play football for a team', theme: 'friends_and_community', needs: ['i get anxious around new people'] };
const COOKING: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: [] };
const feedback = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('a bare answer at the outcome step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes', 'ok', 'yeah'])('%j is told what is wanted, with an idea that fits the hope, and asked in other words', async (typed) => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [FOOTBALL, COOKING] }));
    const first = chat.lastQuestion?.activity.text;
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/tell me the step in your own words/i);
    expect(feedback(replies)).toMatch(/playing in a team on Saturdays/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).not.toBe(first);
    const draft = await chat.draft();
    expect(draft?.outcomes).toEqual([]);
  });

  it.each(['no', 'no thats all', 'nah'])('%j is offered to skip this hope, and a second no leaves it for now', async (typed) => {
    const { chat: started, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [FOOTBALL, COOKING] });
    chat = started;
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/skip/);
    expect(feedback(replies)).toMatch(/playing in a team on Saturdays/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[0]?.id);
    const second = await chat.say('no');
    expect(feedback(second)).toMatch(/leave this one for now/);
    expect(chat.step).not.toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  it('"skip" after the offer leaves the step question', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [FOOTBALL, COOKING] }));
    await chat.say('no thats all');
    await chat.say('skip');
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  it('after the kind word, a real step is taken as the step', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [FOOTBALL] }));
    await chat.say('ok');
    await chat.say('play in a match for a local team by the end of year 11');
    expect((await chat.draft())?.outcomes).toHaveLength(1);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  it('a parent hears it about their child, by name, in easy read too', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      who: 'parent_carer',
      name: 'Leo',
      age: 15,
      schoolYear: 10,
      hopes: [FOOTBALL],
      change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    }));
    const replies = feedback(await chat.say('yes'));
    expect(replies).toMatch(/Leo/);
    expect(replies).toMatch(/playing in a team/);
  });
});
