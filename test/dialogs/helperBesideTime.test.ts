import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { helperBesideTime } from '../../src/language/helperBesideTime';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const TODAY = '2026-12-02';
const HOME: SeedHope = { text: 'I want to cook my own meals', theme: 'independent_living', needs: ['I forget the steps'] };

describe('who helps, said after the time at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"by july with my mum helping me" keeps July as the time and the mum as help', async () => {
    ({ chat } = await startWith({ today: TODAY, who: 'self', name: 'Ella', age: 15, schoolYear: 10, hopes: [HOME] }));
    await chat.say('make pasta on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by july with my mum helping me');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('by july');
    expect(outcome.timeframe?.date).toBe('2027-07-31');
    expect(outcome.statement).not.toMatch(/mum/i);
    expect(outcome.provision.map((p) => p.text)).toContainEqual(expect.stringMatching(/my mum/i));
  });

  it.each([
    ['by easter with help from my TA', 'help from my TA'],
    ['next summer and my dad will help me', 'my dad will help me'],
    ['by christmas if my nan helps', 'my nan helps'],
  ])('"%s" names the helper "%s"', (text, helper) => {
    expect(helperBesideTime(text)).toBe(helper);
  });

  it('a time alone names no helper', () => {
    expect(helperBesideTime('by july')).toBeNull();
    expect(helperBesideTime('by the time i go to college with my friends')).toBeNull();
  });
});
