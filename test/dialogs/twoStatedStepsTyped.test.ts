import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { twoSentenceSteps } from '../../src/language/twoTimedSteps';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/*
 * Sam typed two sentences at the step, each saying what he will do, with no "and" between them:
 * "I will fill in the application form. I will practise interviews." The second was lost. Each is
 * its own outcome: the first is made now and the second is offered next, never dropped.
 */

const JOB: SeedHope = { text: 'get a paid job after my internship', theme: 'learning_and_work', needs: ['interviews make me nervous'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [JOB] };
const context = { today: '2026-12-03' };

const TWO: Array<[string, RegExp, RegExp]> = [
  ['I will fill in the application form. I will practise interviews.', /application form/i, /practise interviews/i],
  ["I'll write my CV with my job coach. I will ask the cafe about a trial shift!", /CV/, /trial shift/i],
  ['I want to visit the job centre. I want to practise interviews with my mum.', /job centre/i, /practise interviews/i],
];

describe('two sentences, each a thing he will do, with no "and"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(TWO)('%j: the first is this outcome and the second is kept for the next', async (typed, first, second) => {
    ({ chat } = await startWith(SAM));
    const said = await chat.say(typed);
    expect(saidIn(said)).toMatch(/two things/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(first);
    expect(outcomes[0]!.statement).not.toMatch(second);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('the second, taken when offered, is the next outcome', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say(TWO[0]![0]);
    await chat.say('by June');
    await finishOutcome(chat, { confirm: false });
    const offered = await chat.say('yes');
    expect(saidIn(offered)).toMatch(/practise interviews/i);
    await chat.say('yeah');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/practise interviews/i);
  });

  it.each([
    'I will go to the shop. I will buy my lunch there.',
    'I will learn to swim. I will be happy.',
    'I will walk to school. I will walk on my own.',
    'I will get a job. It would help me pay for things.',
  ])('%j stays one step', (typed) => {
    expect(twoSentenceSteps(typed, context)).toBeNull();
  });
});

describe('a second sentence that is help, a feeling or what the step is for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'I will learn to cook pasta. Mum will show me how.',
    'I will ask for help. I want to feel less worried.',
    'I will go swimming every week. I want to learn front crawl.',
    'I will learn to use the bus. My support worker will come with me.',
    'I will go to the gym. I want to get stronger arms.',
  ])('%j is not split into a second step', async (typed) => {
    expect(twoSentenceSteps(typed, context)).toBeNull();
    ({ chat } = await startWith(SAM));
    const said = await chat.say(typed);
    expect(saidIn(said)).not.toMatch(/two things/i);
  });

  it('the same person saying two plans by name still splits', () => {
    expect(twoSentenceSteps('Sam will fill in the form. Sam will practise interviews.', context)).not.toBeNull();
  });
});
