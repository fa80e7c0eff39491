import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "by my birthday" at "by when?" with no date of birth: which month the birthday is in is asked,
 * once; the month dates it, and their words stay in the time ("by my birthday in march").
 */

const TRAIN: SeedHope = { text: 'go on the train to york', theme: 'independent_living', needs: ['i get lost'] };
const SWIM: SeedHope = { text: 'Leo will swim', theme: 'health_and_wellbeing', needs: ['he is scared of water'] };

describe('"by my birthday" with no date of birth', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atWhen = async (): Promise<void> => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Sam', age: 14, schoolYear: 9, hopes: [TRAIN] }));
    await chat.say('buy my own ticket at the station');
    expect(chat.step).toBe(Step.outcomeWhen);
  };

  it.each([
    ['by my birthday', 'july', 'by my birthday in july', '2027-07-31'],
    ['before my birthday', 'its in june', 'before my birthday in june', '2027-06-30'],
    ['for my bday', 'September I think', 'for my bday in september', '2027-09-30'],
  ])('"%s", then "%s", keeps "%s" dated %s', async (typed, month, phrase, date) => {
    await atWhen();
    const asked = saidIn(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(asked).toMatch(/which month is your birthday in/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe ?? null).toBeNull();
    await chat.say(month);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase, date });
  });

  it('a parent\'s "by his birthday" asks the month of his birthday', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 6, schoolYear: 1 }, [SWIM])));
    await chat.say('Leo will swim a width with armbands');
    expect(chat.step).toBe(Step.outcomeWhen);
    const asked = saidIn(await chat.say('by his birthday'));
    expect(asked).toMatch(/which month is Leo's birthday in/i);
    await chat.say('august');
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by his birthday in august', date: '2027-08-31' });
  });

  it('asked once: an answer that is no month is read as any answer to "by when?"', async () => {
    await atWhen();
    await chat.say('by my birthday');
    await chat.say('by the summer');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toMatch(/summer/);
  });

  it('"by my birthday in april" needs no question', async () => {
    await atWhen();
    await chat.say('by my birthday in august');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by my birthday in august', date: '2027-08-31' });
  });
});
