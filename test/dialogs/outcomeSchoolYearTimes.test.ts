import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* A Year 6 pupil in December names a time in Year 7: it is a year away, not "quite soon". */
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const year6 = () =>
  startWith({ today: '2026-12-02', name: 'Jay', age: 11, schoolYear: 6, hopes: [{ text: 'read big books on my own', theme: 'learning_and_work', needs: ['long words are hard'] }] });

describe('a holiday of a later school year at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['xmas in year 7', '2027-12-20'],
    ['by the easter of year 8', '2029-03-29'],
  ])('"%s" is dated in that year and not called soon', async (typed, date) => {
    ({ chat } = await year6());
    await chat.say('i will read a chapter book by myself');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/soon|short step/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: typed, date });
  });
});
