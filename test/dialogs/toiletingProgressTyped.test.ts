import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Leo's mum says how toilet training is going while she writes his outcome. Pants, nappies and
 * being dry are his need and his progress, not a worry about her or about him: no "Are you OK?".
 * A child left wet or dirty by the people caring for him is still asked after or answered.
 */

const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');
const seed = parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [{ text: 'to be out of nappies', theme: 'health_and_wellbeing', needs: ['he still wears nappies'] }]);

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith(seed);
  await chat.say('Leo will use the toilet at school by July');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe("a parent's account of toilet training", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"hes in pants all day and dry 4 days out of 5" is kept as how everyone will know, with no check', async () => {
    chat = await atMeasure();
    const replies = await chat.say('hes in pants all day and dry 4 days out of 5');
    expect(saidIn(replies)).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('hes in pants all day and dry 4 days out of 5');
  });

  it('"dignity mainly, he hates the swim nappy" is kept as what it would do for him, with no check', async () => {
    chat = await atMeasure();
    await chat.say('hes in pants all day and dry 4 days out of 5');
    const replies = await chat.say('dignity mainly, he hates the swim nappy');
    expect(saidIn(replies)).not.toContain(GENTLE);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.doesForMe).toBe('dignity mainly, he hates the swim nappy');
    expect(draft.flags).toEqual([]);
  });

  it('still caught: "his pants are always wet when i pick him up, they dont change him" gets "Are you OK?"', async () => {
    chat = await atMeasure();
    const replies = await chat.say('his pants are always wet when i pick him up, they dont change him');
    expect(saidIn(replies)).toContain(GENTLE);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('still caught: "he\'s left in a dirty nappy all day at nursery and his bum is red raw" gets the answer and a neglect flag', async () => {
    chat = await atMeasure();
    await chat.say("he's left in a dirty nappy all day at nursery and his bum is red raw");
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['neglect']);
  });
});
