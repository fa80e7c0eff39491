import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A dad says the date and how everyone will know in one answer to "by when?": the measure is kept
 * from it and not asked again. Words beside the date that are no measure are remembered, so
 * "same, I said you already" at the measure question keeps them, never only the word said after.
 */

const SEED: Seed = {
  today: '2026-12-02',
  who: 'parent_carer',
  name: 'Olek',
  age: 9,
  schoolYear: 4,
  hopes: [{ text: 'to be happy at school and have a friend', theme: 'friends_and_community', needs: ['he get very upset when it is loud'] }],
};

describe('the measure said with the date', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['by july 2027. his teacher writes in the contact book every day how the afternoon was', /teacher writes in the contact book every day/],
    ['summer 2027, we see it because he tells me about his day and he is not crying', /he tells me about his day/],
  ])('"%s" keeps the measure and does not ask it again', async (when, measure) => {
    ({ chat } = await startWith(SEED));
    await chat.say('Olek walks out of school calm without a meltdown');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(when);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toMatch(measure);
    expect(outcome.timeframe?.date.slice(0, 4)).toBe('2027');
  });

  it('"same as I said" at the measure keeps what was said beside the date', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('Olek walks out of school calm without a meltdown');
    await chat.say('by july 2027, the class teacher and me will agree he is calm at pick up');
    if (chat.step === Step.outcomeMeasure) await chat.say('same, i say you before. pick up');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toMatch(/class teacher and me will agree he is calm at pick up/);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
