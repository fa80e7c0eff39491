import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { offersHelp } from '../../dialogs/outcomeAnswerReaders';
import { parentSeed, startWith, walkTo } from './journeySeed';

const DRY = { text: 'be dry in the day', theme: 'health_and_wellbeing' as const, needs: ['she forgets to go'] };

describe('a list of things it would make possible, then what helps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the list as what it makes possible and the help as provision', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ffion', age: 7, schoolYear: 2 }, [DRY])));
    await chat.say('she will be dry all day by july 2027');
    await walkTo(chat, Step.outcomeMakesPossible, {
      [Step.outcomeMeasure]: 'no accidents for a month',
      [Step.outcomeDoesForMe]: 'she would feel proud',
    });
    await chat.say('swimming lessons, school trips, sleepovers at nains without pull ups');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('timer every 2 hours and the quiet staff toilet');
    expect(chat.step).not.toBe(Step.outcomeProvides);
    const draft = (await chat.draft())!;
    const o = draft.outcomes[0]!;
    expect(JSON.stringify(o)).toContain('sleepovers at nains without pull ups');
    expect(JSON.stringify(draft)).toContain('quiet staff toilet');
    expect(o.provision.map((p) => p.text).join(' ')).toContain('timer every 2 hours');
  });

  it.each([
    'swimming lessons, school trips, sleepovers at nains without pull ups',
    'trips out, parties, staying at grans without a nappy',
    'football club, the cinema, sleepovers',
  ])('"%s" is what it makes possible, not help', (typed) => {
    expect(offersHelp(typed)).toBe(false);
  });

  it.each(['speech therapy, a laptop', 'travel training, someone to go with me', 'a quiet room, extra time'])('"%s" is still help', (typed) => {
    expect(offersHelp(typed)).toBe(true);
  });

  // Words that narrow a help, or a question beside it, are no items of a list of things to do.
  it.each(['a reader in exams, only in english, like school give?', 'a TA in maths, not only mornings', 'a laptop, only for homework, is that ok?'])(
    '"%s" is one help, narrowed',
    (typed) => {
      expect(offersHelp(typed)).toBe(true);
    },
  );

  it('"a reader in exams, school trips, sleepovers" is still what it makes possible', () => {
    expect(offersHelp('a reader in exams, school trips, sleepovers')).toBe(false);
  });
});
