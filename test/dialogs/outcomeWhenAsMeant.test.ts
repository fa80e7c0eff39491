import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "By when?" read as people mean it: the month they name wins over the season around it; a hedge
 * ("hopefully") stays in their recorded words but not in the outcome sentence; "next season" for a
 * sport is when that season starts, in August.
 */

const TODAY = '2026-12-02';
const RESULTS: SeedHope = { text: 'go to college', theme: 'learning_and_work', needs: ['exams make me panic'] };
const FOOTBALL: SeedHope = { text: 'play football for a team', theme: 'friends_and_community', needs: ['I get nervous with new people'] };

describe('by when, as people mean it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"summer gcse results day is august": the month said wins', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Leo', age: 16, schoolYear: 11, hopes: [RESULTS] }));
    await chat.say('pass my maths gcse');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('summer gcse results day is august');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date.slice(0, 7)).toBe('2027-08');
  });

  it('"by next summer hopefully": the sentence leaves the hedge, the phrase keeps it', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Leo', age: 16, schoolYear: 11, hopes: [RESULTS] }));
    await chat.say('pass my maths gcse');
    await chat.say('by next summer hopefully');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toMatch(/hopefully/);
    const readBack = saidIn(
      await typeUntil(chat, Step.outcomeConfirm, {
        [Step.outcomeMeasure]: 'my teacher sees my results',
        [Step.outcomeDoesForMe]: 'i would feel proud',
        [Step.outcomeMakesPossible]: 'i could go to college',
        [Step.outcomeProvides]: 'extra maths lessons',
      }),
    );
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(readBack).toMatch(/By next summer/);
    expect(`${statement} ${readBack}`).not.toMatch(/hopefully/i);
  });

  it('"next seson" for a football goal is when next season starts, in August', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Leo', age: 16, schoolYear: 11, hopes: [FOOTBALL] }));
    await chat.say('join a football club and play in matches');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say('next seson'));
    expect(said).not.toMatch(/did not get the time|couldn't work out/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date.slice(0, 7)).toBe('2027-08');
  });

  it('"before the season starts" for a goal with no sport named: no date is guessed, the month is asked', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Leo', age: 16, schoolYear: 11, hopes: [RESULTS] }));
    await chat.say('pass my maths gcse');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say('before the season starts'));
    expect(said).toMatch(/which month/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe ?? null).toBeNull();
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by september');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date.slice(0, 7)).toBe('2027-09');
  });

  it('"next football season" keeps their words and reads back as August 2027', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Josh', age: 20, hopes: [FOOTBALL] }));
    const readBack = saidIn(
      await typeUntil(chat, Step.outcomeConfirm, {
        [Step.outcomeStep]: 'play for a team on saturdays',
        [Step.outcomeWhen]: 'next football season',
        [Step.outcomeMeasure]: 'the coach picks me for the team',
        [Step.outcomeDoesForMe]: 'i would feel proud',
        [Step.outcomeMakesPossible]: 'make new mates',
        [Step.outcomeProvides]: 'a lift to training',
      }),
    );
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'next football season', date: '2027-08-31' });
    expect(readBack).toMatch(/next football season \(August 2027\)/);
  });
});
