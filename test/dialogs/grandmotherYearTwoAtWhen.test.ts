import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor } from '../support/typedWay';

/* A grandmother chatting about Ellie (6, Year 1 or 2) says when in her own words: the school year's July is read. */

const ellie = (year: string) =>
  typedTo(
    Step.outcomeWhen,
    { name: 'Ellie', age: year },
    {
      [Step.welcomeWho]: 'im her nan',
      ...typedToNeedsFor('i want ellie to have friends at school'),
      [Step.aboutMeSafe]: 'yes',
      [Step.needsBarrier]: 'she finds it hard to join in games',
      [Step.needsHelps]: 'her teacher helps her',
      [Step.needsMore]: 'no',
      [Step.outcomeStep]: 'ellie will join in a game at playtime',
      [Step.outcomeDoesForMe]: 'she would be happy',
      [Step.outcomeMakesPossible]: 'have friends',
      [Step.outcomeProvides]: 'a playground buddy',
    },
    { today: '2026-12-07' },
  );

describe('a grandmother names the end of an infant or junior year at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['lets say end of year 2', 'year 1', 'end of year 2', '2028-07-21'],
    ['by the time shes in year 3', 'shes in year 1', 'by the time shes in year 3', '2028-07-21'],
    ['end of juniors', 'year 1', 'end of juniors', '2032-07-22'],
    ['when she finishes infants', 'shes 6 in year 1', 'when she finishes infants', '2028-07-21'],
    ['lets say end of year 2', 'year 2', 'end of year 2', '2027-07-22'],
  ])('"%s" (Ellie in %s) is kept as "%s", %s', async (typed, year, phrase, date) => {
    chat = await ellie(year);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase, date });
  });
});
