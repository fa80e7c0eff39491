import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * Mia, 17, at the review. Her plan holds "finish college" and a goal about coping with change.
 * "finish" or "I don't want to change anything. Looks good." ends the review as "Looks good"
 * does, whatever the parts hold; a part opens only when her words point at it.
 */

const OUTCOMES = [
  { statement: 'By July 2027, I will finish my college course.', timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'i get my certificate', doesForMe: 'i feel proud' },
  { statement: 'By June 2027, I will cope with a change to my day.', timeframe: { phrase: 'by june 2027', date: '2027-06-30' }, measure: 'i stay calm when things change', doesForMe: 'less stress' },
];

const MIA: Seed = {
  today: '2026-12-02',
  name: 'Mia',
  age: 17,
  schoolYear: 12,
  hopes: [
    { text: 'finish college', theme: 'learning_and_work', needs: ['i get tired'] },
    { text: 'to be ok when plans change', theme: 'health_and_wellbeing', needs: ['change makes me upset'] },
  ],
  change: (draft) => withConfirmedOutcomes(draft, (i) => OUTCOMES[i]!),
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

const FINISHING = ['finish', "I don't want to change anything. Looks good.", "I'm finished", 'no changes, looks good', 'it looks good i dont want to change it', "that's it, finish"];

describe('finishing words at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const first of ['', 'change something']) {
    it.each(FINISHING)(`${first ? `after ${JSON.stringify(first)}, ` : ''}%j ends the review and opens no part`, async (typed) => {
      ({ chat } = await startWith(MIA));
      const parts = async () => {
        const { aspirations, needs, outcomes } = (await chat.draft())!;
        return JSON.stringify({ aspirations, needs, outcomes });
      };
      const before = await parts();
      if (first) await chat.say(first);
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/Your draft is ready/);
      expect(reply).not.toMatch(/Now it says|Which part|Which one/);
      expect(chat.step).toBe(Step.reviewDone);
      expect(await parts()).toBe(before);
      expect((await chat.draft())!.status).toBe('ready_for_review');
    });
  }

  it('"finish college" when asked which part opens that hope', async () => {
    ({ chat } = await startWith(MIA));
    await chat.say('change something');
    const reply = saidIn(await chat.say('finish college'));
    expect(reply).toMatch(/Now it says: "finish college"/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"change the finish one" asks hope or goal when both are about finishing, and "the goal" opens the goal about finishing college', async () => {
    ({ chat } = await startWith(MIA));
    expect(saidIn(await chat.say('change the finish one'))).toMatch(/Do you mean your hope or your goal about/);
    const reply = saidIn(await chat.say('the goal'));
    expect(reply).toMatch(/Now it says: "By July 2027, I will finish my college course/);
  });
});
