import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Before the outcomes end (once there are enough of them), the hopes with no outcome yet are named in the parent's own words, with
 * one question: make one, or finish anyway.
 */
const HOPES = [
  { text: 'to read a bedtime story', theme: 'learning_and_work' as const, needs: ['letters get muddled'] },
  { text: 'to ride his scooter', theme: 'health_and_wellbeing' as const, needs: ['his balance is wobbly'] },
  { text: 'to help cook tea', theme: 'independent_living' as const, needs: ['he cannot use a knife yet'] },
  { text: 'to make friends at school', theme: 'friends_and_community' as const, needs: ['he gets upset in the playground'] },
  { text: 'to get dressed by himself', theme: 'independent_living' as const, needs: ['buttons are hard for him'] },
  { text: 'to go swimming with his dad', theme: 'health_and_wellbeing' as const, needs: ['he is scared of water'] },
];

function doneFor(...indexes: number[]) {
  return (draft: Draft): Draft =>
    indexes.reduce((d, i) => {
      const started = startOutcome(d, { statement: `By July 2027, Sam will take step ${i}.`, aspirationId: d.aspirations[i]!.id, needIds: [] });
      return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'his teacher sees it', confirmed: true });
    }, draft);
}

const sam = (...done: number[]) =>
  parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, HOPES, {
    change: doneFor(...done),
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
  });

const text = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((r) => r.text ?? '').join('\n');

describe('hopes with no outcome yet, named before finishing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no thanks" names the three hopes left and asks make one or finish; "finish anyway" goes on', async () => {
    ({ chat } = await startWith(sam(0, 1, 2)));
    const asked = text(await chat.say('no thanks'));
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(asked).toMatch(/No outcome yet for "to make friends at school", "to get dressed by himself" and "to go swimming with his dad"/);
    expect(asked).not.toMatch(/scooter/);
    await chat.say('finish anyway');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toHaveLength(3);
  });

  it.each(['yes lets make one', 'make one'])('"%s" with three hopes left asks which, listing only those three', async (typed) => {
    ({ chat } = await startWith(sam(0, 1, 2)));
    await chat.say('no');
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeAnother);
    const list = chat.lastQuestion?.activity.text ?? '';
    expect(list).toMatch(/1: "to make friends at school"\n\n2: "to get dressed by himself"\n\n3: "to go swimming/);
  });

  it('"ok one more then" with one hope left asks the step for it', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(sam(0, 1, 2, 3, 4)));
    await chat.say("no that's all");
    await chat.say('ok one more then');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[5]!.id);
  });

  it('"finish" in their own words only names the hopes left and goes on', async () => {
    ({ chat } = await startWith(sam(0, 1, 2)));
    const said = text(await chat.say('finish'));
    expect(said).toMatch(/No outcome yet for "to make friends at school", "to get dressed by himself" and "to go swimming with his dad"/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('every hope with an outcome: "no" goes on with no question about hopes left', async () => {
    ({ chat } = await startWith(sam(0, 1, 2, 3, 4, 5)));
    const said = text(await chat.say('no'));
    expect(said).not.toMatch(/No outcome yet/);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});

/* "do the bus one" at "make one, or finish anyway?": the hope named is the one an outcome is made for. */
const TRAVEL_HOPES = [
  { text: 'to make friends at school', theme: 'friends_and_community' as const, needs: ['he gets upset in the playground'] },
  { text: 'to read a bedtime story', theme: 'learning_and_work' as const, needs: ['letters get muddled'] },
  { text: 'to get dressed by himself', theme: 'independent_living' as const, needs: ['buttons are hard for him'] },
  { text: 'to get the bus to school on his own', theme: 'independent_living' as const, needs: ['he gets lost'] },
  { text: 'to help with the cooking at home', theme: 'independent_living' as const, needs: ['he cannot use a knife yet'] },
];
const leo = () =>
  parentSeed({ name: 'Leo', age: 9, schoolYear: 4 }, TRAVEL_HOPES, {
    change: doneFor(0, 1, 2),
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
  });

describe('a hope named at "make one, or finish anyway?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['do the bus one', 3],
    ['the bus', 3],
    ['lets do the cooking one', 4],
    ['cooking please', 4],
    ['can we do the bus to school one', 3],
  ])('"%s" makes an outcome for that hope', async (typed, index) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(leo()));
    const asked = text(await chat.say('no thanks'));
    expect(asked).toMatch(/No outcome yet for "to get the bus to school on his own" and "to help with the cooking at home"/);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[index]!.id);
  });

  it('"finish anyway" still finishes', async () => {
    ({ chat } = await startWith(leo()));
    await chat.say('no thanks');
    await chat.say('no finish anyway');
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
