import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A Year 12 gives the end of Year 13 with the month results come: "end of year 13 obviously, results
 * are in august". The month is said of that school year, so the date is August after Year 13, not
 * the next August from today.
 */

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Kai',
  age: 17,
  schoolYear: 12,
  hopes: [{ text: 'to go to uni and study computing', theme: 'learning_and_work', needs: ['i panic in exams'] }],
};

describe('the end of a school year with the month beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['end of year 13 obviously, results are in august', '2028-08'],
    ['end of year 13 when results come out in august', '2028-08'],
    ['by the end of year 13', '2028-07'],
  ])('"%s" is dated in the summer after Year 13 (%s)', async (when, month) => {
    ({ chat } = await startWith(SEED));
    await chat.say('I will get the grades for uni in my A levels');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(when);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.date.slice(0, 7)).toBe(month);
    expect(when.toLowerCase()).toContain(timeframe!.phrase.toLowerCase());
    expect(timeframe!.phrase.toLowerCase()).toContain('end of year 13');
  });
});
