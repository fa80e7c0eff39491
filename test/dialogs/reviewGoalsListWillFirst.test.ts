import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview, jadeAtReview } from './reviewSeed';

/*
 * Every goal starts with its time ("In a year (by December 2027), I will ..."), so a list of goals
 * to pick from looked the same on every line. In the lists and buttons to pick from, the "I will
 * ..." part comes first and the time after it, short; the plan's own sentences do not change.
 */

describe('goals in a list to pick from: "I will ..." first', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the buttons to pick a part show "I will ..." first, the date after', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('i want to change something');
    expect(chat.step).toBe(Step.reviewChange);
    const choices = chat.lastQuestion!.choices!;
    expect(choices).toContain('5. I will take the bus to college on my own (July 2027)');
    expect(choices).toContain('6. I will work on the till in a shop (June 2027)');
    await chat.say('5');
    expect(chat.lastQuestion!.activity.text).toContain('By July 2027, I will take the bus');
    expect((await chat.draft())!.outcomes[0]!.statement).toBe('By July 2027, I will take the bus to college on my own.');
  });

  it('Amir\'s goals, on their buttons, start "I will" with the date after', async () => {
    ({ chat } = await startWith(amirAtReview()));
    await chat.say('change something');
    const labels = chat.lastQuestion!.choices!.filter((c) => c.includes('will'));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^\d\. I will get a job in a shop \(December 2027\)$/);
    expect(labels[1]).toMatch(/^\d\. I will cook my tea on my own \(December 2027\)$/);
  });
});
