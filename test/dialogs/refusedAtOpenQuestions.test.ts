import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type Seed, type SeedHope } from './journeySeed';

/*
 * "no i dont want one for that", "skip this dream", "nah not for that one": typed at an open
 * question, a refusal of an outcome for this hope is never kept as words. At the step it skips this
 * hope's outcome, as "skip" does.
 */

const HOLIDAY: SeedHope = { text: 'go on holiday with my mates', theme: 'friends_and_community', needs: ['i cant plan trips'] };
const JOB: SeedHope = { text: 'get a job in a garage', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const SEED: Seed = { today: '2026-12-03', name: 'Kai', age: 17, schoolYear: 12, hopes: [HOLIDAY, JOB] };

describe('a refusal of an outcome for this hope, at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'no i dont want one for that',
    'i dont want a goal for the holiday',
    'skip this dream',
    'no goal for this one',
    'not this dream',
    'skip this hope',
    'skip this one',
    'pass on this one',
    'leave the holiday one',
    'i dont need a goal for that',
    'nah not for that one',
    'i dont want any goal for the holiday one',
  ])('%j skips this hope as "skip" does, and keeps nothing', async (typed) => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it('plain "skip" does the same', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    await chat.say('skip');
    expect((await chat.draft())!.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });
});

describe('a refusal kept by mistake, then taken back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['no i dont really fancy doing one for the holiday', 'i said no'],
    ['nah im alright for that one to be fair', 'i said no'],
  ])('%j then %j: the words go, and this hope is skipped rather than asked again', async (refusal, takeBack) => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    await chat.say(refusal);
    const replies = await chat.say(takeBack);
    const said = replies.map((r) => r.text ?? '').join(' ');
    expect(said).not.toMatch(/try that question again/i);
    expect((await chat.draft())!.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it('words that were a step are taken out and the step is asked again, as before', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    await chat.say('i will save 20 pounds a month for the trip');
    await chat.say('i said no');
    expect((await chat.draft())!.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[0]!.id);
  });
});

describe('the same refusals at the other open questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i dont want one for that', 'no i dont want one for that', 'skip this one', 'nah not for that one'])('at a theme of hopes, %j keeps no hope and moves on', async (typed) => {
    const { chat: c } = await startWith({ ...SEED, at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }) });
    chat = c;
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([HOLIDAY.text, JOB.text]);
    expect(chat.lastQuestion?.topic).not.toBe('independent_living');
  });

  it.each(['skip this dream', 'i dont want to do this one', 'no i dont want one for that', 'skip this hope'])('at what is hard, %j keeps no need and moves on', async (typed) => {
    const { chat: c, seeded } = await startWith({ ...SEED, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) });
    chat = c;
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(seeded.needs.map((n) => n.text));
    expect(chat.step === Step.needsBarrier && chat.lastQuestion?.topic === seeded.aspirations[1]!.id).toBe(false);
  });

  it.each([
    [Step.outcomeMeasure, 'no i dont want one for that'],
    [Step.outcomeMeasure, 'skip this dream'],
    [Step.outcomeProvides, 'no i dont want one for that'],
    [Step.outcomeProvides, 'skip this dream'],
    [Step.outcomeMakesPossible, 'i dont want one for that'],
    [Step.outcomeDoesForMe, 'skip this dream'],
  ])('at %s, %j is never kept as its words: whether to leave this outcome out is asked, and a yes leaves it', async (step, typed) => {
    const { chat: c } = await startWith(SEED);
    chat = c;
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'i will save 20 pounds a month for the trip',
      [Step.outcomeWhen]: 'by next summer',
      [Step.outcomeMeasure]: 'my mum will see my savings',
      [Step.outcomeDoesForMe]: 'i would feel grown up',
      [Step.outcomeMakesPossible]: 'i could go on more trips',
    };
    await walkTo(chat, step, answers);
    const replies = await chat.say(typed);
    expect(JSON.stringify((await chat.draft())!)).not.toContain(typed);
    expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/leave this (?:outcome|goal|one) out/i);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});

describe('an example never offers what they already have', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 21-year-old who lives in his flat, hoping to stay in it, is not offered "move into my own place"', async () => {
    const FLAT: SeedHope = { text: 'stay in my flat', theme: 'independent_living', needs: ['i forget to pay my bills'] };
    const { chat: c } = await startWith({
      today: '2026-12-03',
      name: 'Dan',
      age: 21,
      hopes: [FLAT],
      change: (d) => ({ ...d, aboutMe: { ...d.aboutMe, important: ['i live in my flat on my own'] } }),
    });
    chat = c;
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'i will pay my rent on time every month',
      [Step.outcomeWhen]: 'by next summer',
      [Step.outcomeMeasure]: 'my support worker will check my bank app',
      [Step.outcomeDoesForMe]: 'i would feel less worried',
    };
    await walkTo(chat, Step.outcomeMakesPossible, answers);
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).not.toMatch(/own place|move into/i);
    expect(asked).toMatch(/for example/i);
  });
});
