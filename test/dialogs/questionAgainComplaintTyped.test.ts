import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "You asked 'what would it provide' again" at "What would it provide?" is talk about the chat: the
 * bot says sorry and nothing is kept as help.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i cannot cook yet'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT] };

async function toProvides(chat: Transcript): Promise<void> {
  await chat.say('I will cook a simple meal on my own');
  if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
  if (chat.step === Step.outcomeMeasure) await chat.say('My job coach will see me do it');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('I would not need mum to cook');
  if (chat.step === Step.outcomeMakesPossible) await chat.say('living in my own flat');
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('a complaint about the question, at "What would it provide?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["You asked 'what would it provide' again", 'you asked what would it provide already', 'You already asked me that'])('%j keeps no help and says sorry', async (typed) => {
    ({ chat } = await startWith(SAM));
    await toProvides(chat);
    const before = (await chat.draft())!.outcomes[0]!.provision.length;
    const replies = await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.length).toBe(before);
    expect(JSON.stringify(outcome)).not.toMatch(/asked/i);
    expect(saidIn(replies)).toMatch(/sorry/i);
  });

  it.each(["You asked 'what would it provide' again. he hits me", 'you asked what would it provide again, i want to die'])('a disclosure beside it is asked after: %j', async (typed) => {
    ({ chat } = await startWith(SAM));
    await toProvides(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('leave alone: "a cooking class at college" is kept as help', async () => {
    ({ chat } = await startWith(SAM));
    await toProvides(chat);
    await chat.say('a cooking class at college');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).join(' ')).toContain('cooking class');
  });
});
