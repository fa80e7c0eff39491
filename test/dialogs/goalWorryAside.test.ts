import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Jade, 19, at "what will you be able to do?" for "get a job": "work in a cafe two days a week though idk if liam
 * will let me work". Someone who may not "let" her work is a sign of control: it gets the gentle check, and the goal
 * keeps only her own words about the cafe. When such words were kept before, "take out the liam bit" takes that part out.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOPE = { text: 'get a job', theme: 'learning_and_work' as const, needs: ['i get nervous talking to people'] };

async function atTheGoal(age = 19, journey = {}): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Jade', age, hopes: [HOPE], journey }));
  return chat!;
}

const statements = async (chat: Transcript) => (await chat.draft())!.outcomes.map((o) => o.statement);

describe('someone\'s leave said beside the goal', () => {
  it.each([
    ['work in a cafe two days a week though idk if liam will let me work', 'work in a cafe two days a week'],
    ['work in a cafe two days a week if my boyfriend lets me', 'work in a cafe two days a week'],
    ['work in a cafe on mondays but he doesnt like me going out', 'work in a cafe on mondays'],
    ['work in a cafe two days a week if dad allows it which he wont', 'work in a cafe two days a week'],
    ['get a job in a shop, dunno if jay will let me tho', 'get a job in a shop'],
    ['work at tesco on saturdays if my bf lets me lol', 'work at tesco on saturdays'],
    ['work in a nursery 3 days a week but my girlfriend doesnt want me to have a job', 'work in a nursery 3 days a week'],
  ])('"%s" gets the gentle check, and after "im ok" the goal is only "%s"', async (said, kept) => {
    const chat = await atTheGoal();
    const replies = saidIn(await chat.say(said));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(replies).not.toMatch(/0800 1111/);
    expect(await statements(chat)).toEqual([]);
    await chat.say('im ok');
    expect(await statements(chat)).toEqual([kept]);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"not really" after it gets the answer and a note of domestic abuse, and the goal is still only the cafe', async () => {
    const chat = await atTheGoal();
    await chat.say('work in a cafe two days a week though idk if liam will let me work');
    await chat.say('not really');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
    expect(JSON.stringify((await chat.draft())?.outcomes)).not.toMatch(/liam/);
  });

  it('with Liam known as her boyfriend, it joins his other signs: two are answered in full with a note', async () => {
    const chat = await atTheGoal(19, { partnerNames: ['liam'], partnerControlSigns: 1 });
    await chat.say('work in a cafe two days a week though idk if liam will let me work');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
    expect(JSON.stringify((await chat.draft())?.outcomes)).not.toMatch(/liam/);
  });

  it.each([
    'work in a cafe if my manager lets me do weekends',
    'work in a cafe two days a week if the weather is nice',
    'learn to drive if my dad lets me use his car',
    'work at tesco if they let me',
    'work in a nursery if college lets me do the placement',
    'my boyfriend lets me drive his car to work so i can work in a cafe',
  ])('"%s" is a goal, with no check', async (said) => {
    const chat = await atTheGoal();
    await chat.say(said);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(await statements(chat)).toEqual([said]);
  });

  it('a 14-year-old\'s "if my mum lets me" is ordinary: kept, no check', async () => {
    const chat = await atTheGoal(14);
    await chat.say('work in a cafe on saturdays if my mum lets me');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(await statements(chat)).toEqual(['work in a cafe on saturdays if my mum lets me']);
  });
});

describe('taking out the part about Liam when it was kept', () => {
  const KEPT = 'By July 2027, I will work in a cafe two days a week though idk if liam will let me work.';
  it.each(['take out the liam bit', 'remove the part about liam', 'can u take out the bit about liam pls', 'delete the liam part'])('"%s" leaves only the cafe', async (said) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jade',
      age: 19,
      hopes: [HOPE],
      change: (draft) => withConfirmedOutcomes(draft, () => ({ statement: KEPT, timeframe: { phrase: 'by july 2027', date: '2027-07-23' }, measure: 'i get paid' })),
      at: atReviewSummary,
    }));
    await chat!.say(said);
    if (chat!.step !== Step.reviewSummary) await chat!.say('yes');
    expect(await statements(chat!)).toEqual(['By July 2027, I will work in a cafe two days a week.']);
  });
});
