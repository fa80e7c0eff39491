import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { alsoNumbered } from '../../src/language/alsoNumbered';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/* Sam, 15, at the read-back of a plan with eight goals, changes goal 6 and then names goal 7 "as well". */

const HOPES = ['be a games designer', 'live in a flat', 'play basketball for a club', 'go to college', 'learn to drive', 'get a job', 'have a girlfriend', 'go on holiday with friends'];
const goals = (d: Draft): Draft =>
  withConfirmedOutcomes(d, (i) => ({ statement: `By July 2027, I will do step ${i + 1} of my plan on my own.`, timeframe: { phrase: 'by july', date: '2027-07-20' }, measure: `my tutor sees step ${i + 1}` }));
const SAM = () => samAtReview(10, HOPES.map((text, i) => ({ text, theme: 'learning_and_work' as const, needs: [`it is hard for part ${i + 1}`] })), goals);

async function afterGoalSix(chat: Transcript): Promise<void> {
  await chat.say('change outcome 6');
  await chat.say('I will do step six with my mate');
  expect(chat.step).toBe(Step.reviewSummary);
}

describe('"change 7 as well please" just after a change opens goal 7', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['change outcome 7 as well please', 'and goal 7 too', 'and outcome 7 too', 'change goal 7 too', 'outcome 7 as well', 'can you change goal 7 too please', 'thanks. now outcome 7 as well'])(
    '"%s" asks for the new words of goal 7',
    { timeout: 60000 },
    async (words) => {
      ({ chat } = await startWith(SAM()));
      await afterGoalSix(chat);
      const asked = saidIn(await chat.say(words));
      expect(asked).toMatch(/step 7 of my plan/);
      expect(asked).not.toMatch(/well please|too/);
      expect(chat.step).toBe(Step.reviewChange);
      await chat.say('I will do step seven at college');
      const outcomes = (await chat.draft())!.outcomes;
      expect(outcomes[6]!.statement).toMatch(/step seven at college/);
      expect(outcomes[5]!.statement).toMatch(/step six with my mate/);
    },
  );

  it('"change 7 as well please" picks part 7 of the list, as "change 7" does', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(SAM()));
    await afterGoalSix(chat);
    await chat.say('change 7 as well please');
    const also = chat.lastQuestion?.activity.text;
    await chat.close();
    ({ chat } = await startWith(SAM()));
    await afterGoalSix(chat);
    await chat.say('change 7');
    expect(also).toBe(chat.lastQuestion?.activity.text);
  });

  it.each(['change 7 to i want to go to college too', 'i want 7 too', 'my 2 dogs as well', 'change 7'])('"%s" is read as it was before', (words) => {
    expect(alsoNumbered(words)).toBeUndefined();
  });
});
