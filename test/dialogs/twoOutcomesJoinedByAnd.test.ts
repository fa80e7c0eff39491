import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { twoJoinedSteps } from '../../src/language/twoTimedSteps';

/*
 * Harvey at the step: "get to lessons on time and get better grades in maths" was kept as one
 * outcome. They are two differences made: the first is built now (with its own questions), and the
 * second is kept to be its own outcome next, and the bot says so.
 */

const harvey = () =>
  startWith({ today: '2026-12-05', name: 'Harvey', age: 15, schoolYear: 10, hopes: [{ text: 'go to college and do games design', theme: 'learning_and_work', needs: ['i find maths hard'] }] });

describe('two things to do joined by "and", no time said', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"get to lessons on time and get better grades in maths": the first is this outcome, the second comes next', async () => {
    ({ chat } = await harvey());
    const said = await chat.say('get to lessons on time and get better grades in maths');
    expect(saidIn(said)).toMatch(/two things/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/lessons on time/i);
    expect(outcomes[0]!.statement).not.toMatch(/maths/i);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  it('"go to youth club every week and talk to two new people" is one outcome: what is done where you go', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Jay', age: 14, schoolYear: 9, hopes: [{ text: 'Have more friends', theme: 'friends_and_community', needs: [] }] }));
    const said = await chat.say('go to youth club every week and talk to two new people');
    expect(saidIn(said)).not.toMatch(/two things/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(['go to youth club every week and talk to two new people']);
  });

  it('"go to college every day and get a part time job" is two: the job is not done at college', async () => {
    ({ chat } = await harvey());
    const said = await chat.say('go to college every day and get a part time job');
    expect(saidIn(said)).toMatch(/two things/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/college every day/i);
    expect(outcomes[0]!.statement).not.toMatch(/job/i);
  });

  it('"learn to budget my wages and pay my phone bill myself" is one outcome: both are about money', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Marcus', age: 18, hopes: [{ text: 'live on my own in a flat', theme: 'independent_living', needs: [] }] }));
    const said = await chat.say('learn to budget my wages and pay my phone bill myself');
    expect(saidIn(said)).not.toMatch(/two things/i);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(['learn to budget my wages and pay my phone bill myself']);
  });

  it('"get a job at the garage and also pass my driving test next year": two outcomes, the time kept with the driving test', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'get a job and drive', theme: 'learning_and_work', needs: [] }] }));
    const said = await chat.say('get a job at the garage and also pass my driving test next year');
    expect(saidIn(said)).toMatch(/two things/i);
    expect(saidIn(said)).toMatch(/pass my driving test next year/);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes.map((o) => o.statement)).toEqual(['get a job at the garage']);
    expect(outcomes[0]!.timeframe ?? null).toBeNull();
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('a plain disclosure in the same place is still heard', async () => {
    ({ chat } = await harvey());
    await chat.say('get to lessons on time and i dont get fed at home');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('reading two steps joined by "and"', () => {
  const context = { today: '2026-12-05', schoolYear: 10 };
  it.each([
    ['get to lessons on time and get better grades in maths', 'get to lessons on time', 'get better grades in maths'],
    ['make my own breakfast every day and join a coding club', 'make my own breakfast every day', 'join a coding club'],
    ['get a job at the garage and also pass my driving test next year', 'get a job at the garage', 'pass my driving test next year'],
    // Going somewhere often, then something achieved that is not done there: two.
    ['go to college every day and get a part time job', 'go to college every day', 'get a part time job'],
    ['go to school every day and make a new friend', 'go to school every day', 'make a new friend'],
    ['go to school more and learn to read better', 'go to school more', 'learn to read better'],
    ['go to the gym every week and learn to cook healthy meals', 'go to the gym every week', 'learn to cook healthy meals'],
    // One part of life is not one matter: cooking and the bus are both living on your own.
    ['learn to cook healthy meals and get the bus to town', 'learn to cook healthy meals', 'get the bus to town'],
  ])('"%s" is two', (said, first, second) => {
    expect(twoJoinedSteps(said, context)).toEqual({ first, second });
  });
  it.each([
    'go to the shop and buy my own food',
    'cook a meal and wash up after',
    'get the bus to college and back on my own',
    'make friends and go out with them',
    'go to the park with my mates and play football',
    'walk to school and feel proud',
    'go to youth club every week and talk to two new people',
    'learn to budget my wages and pay my phone bill myself',
    'apply to the art course at the college and go to the open evening',
    'pass my theory test and have some lessons with an instructor who gets dyspraxia',
    'get a job at the garage and pass my driving test next year',
    'learn to budget my wages and also pay my phone bill myself by summer',
    // Matters the golden thread's lexicon knows: cooking (pasta, the oven) and exams (exams, GCSEs).
    'learn to make pasta and use the oven on my own',
    'revise for my exams and pass my gcses',
  ])('"%s" is one', (said) => {
    expect(twoJoinedSteps(said, context)).toBeNull();
  });
});
