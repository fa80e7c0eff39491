import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { readPolarity } from '../../src/language/polarity';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: ['I cant use the oven safely'] };

/** "whatever yeah": a shrugged yes is still a yes. */
describe('"whatever yeah" at a yes or no question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is a yes at the outcome read-back: the outcome is saved', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK] }));
    for (const answer of ['cook my own tea on my own in a year', 'my mum sees me do it every Saturday', 'I would feel proud', 'I could cook for my friends', 'cooking lessons at school']) {
      if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 11');
      await chat.say(answer);
    }
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('whatever yeah');
    expect(chat.step).not.toBe(Step.outcomeConfirm);
    expect((await chat.draft())?.outcomes[0]?.confirmed).toBe(true);
  });

  it('reads a shrug before a yes or a no, and never a bare "whatever" as either', () => {
    expect(readPolarity('whatever yeah').answer).toBe('yes');
    expect(readPolarity('whatevs ok').answer).toBe('yes');
    expect(readPolarity('whatever no').answer).toBe('no');
    expect(readPolarity('whatever').answer).toBeNull();
  });
});
