import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Seed } from './journeySeed';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review with one outcome, "put some help in for me, I struggle" and "put help on the form,
 * mum helps me" are remarks about help, naming no outcome: they are never offered as new help
 * ("I struggle") for that outcome.
 */
const BUS = 'By July 2027, I will take the bus to college on my own.';
const SEED: Seed = {
  today: '2026-12-02',
  name: 'Jordan',
  age: 16,
  hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['i cant get the bus on my own'] }],
  change: (d) => withConfirmedOutcomes(d, () => ({ statement: BUS, timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'mum sees me do it', makesPossible: 'see my friends' })),
  at: atReviewSummary,
};

describe('a remark about help at the review is not new help for an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['put some help in for me, I struggle', 'I struggle'],
    ['put help on the form, mum helps me', 'mum helps me'],
  ])('"%s" is never offered as help "%s"', async (typed, words) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).not.toMatch(new RegExp(`add "${words}"`, 'i'));
    expect(asked).not.toContain(`"${words}"`);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('"add help for the bus one: mum comes with me" is still offered as help', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('add help for the bus one: mum comes with me');
    expect(chat.lastQuestion!.activity.text).toContain('mum comes with me');
  });

  it.each(['put some help in for me, my dad hits me', 'put help on the form, i want to die'])('"%s" is heard as a worry first', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
