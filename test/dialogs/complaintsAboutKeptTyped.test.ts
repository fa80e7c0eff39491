import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * A young man who writes precise messages complains about what was kept at the read-back of his
 * outcome: "Stop. You saved the wrong thing." and "I did not ask to change anything." are talk about
 * the chat, never words of the outcome.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i cannot cook yet'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT] };
const HIS_STEP = 'I will cook a simple meal on my own';

async function toReadBack(chat: Transcript): Promise<void> {
  await chat.say(HIS_STEP);
  if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
  if (chat.step === Step.outcomeMeasure) await chat.say('My job coach will see me do it. I will have done it five times on my own.');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('I would not need mum to cook');
  if (chat.step === Step.outcomeMakesPossible) await chat.say('living in my own flat');
  if (chat.step === Step.outcomeProvides) await chat.say('cooking lessons at college');
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('complaints about what was kept, at the read-back of an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Stop. You saved the wrong thing.', 'I did not ask to change anything.'])('%j keeps the outcome as it was and says sorry', async (typed) => {
    ({ chat } = await startWith(SAM));
    await toReadBack(chat);
    const before = (await chat.draft())!.outcomes[0]!;
    const replies = await chat.say(typed);
    const after = (await chat.draft())!.outcomes[0]!;
    expect(after.statement).toBe(before.statement);
    expect(after.measure).toEqual(before.measure);
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it.each([
    ['Stop. You saved the wrong thing.', 'keep it'],
    ['I did not ask to change anything.', 'yes'],
  ])('after "no", %j is never the sentence, and %j then keeps the sentence', async (typed, keep) => {
    ({ chat } = await startWith(SAM));
    await toReadBack(chat);
    const before = (await chat.draft())!.outcomes[0]!;
    await chat.say('no');
    const replies = await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(before.statement);
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    // The question is no longer "type it the way you'd like it": their words are not taken as the sentence.
    await chat.say(keep);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('cook a simple meal');
  });

  it('"I did not ask to change anything." just after the bot rewrote the sentence puts the words from before back', async () => {
    ({ chat } = await startWith(SAM));
    await toReadBack(chat);
    await chat.say('I will cook pasta on my own');
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('pasta');
    const replies = await chat.say('I did not ask to change anything.');
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('cook a simple meal');
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it('"Stop. You saved the wrong thing." just after a rewrite offers the words from before, and "yes" puts them back', async () => {
    ({ chat } = await startWith(SAM));
    await toReadBack(chat);
    await chat.say('I will cook pasta on my own');
    const replies = await chat.say('Stop. You saved the wrong thing.');
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect(saidIn(replies)).toContain('cook a simple meal');
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('pasta');
    await chat.say('yes please');
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('cook a simple meal');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
  });

  it('a disclosure said as a complaint is still asked after: "I did not ask to change anything. he hits me"', async () => {
    ({ chat } = await startWith(SAM));
    await toReadBack(chat);
    await chat.say('I did not ask to change anything. he hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
