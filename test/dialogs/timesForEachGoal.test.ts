import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

const TODAY = '2026-12-02';
const READING: SeedHope = { text: 'i want to read books on my own', theme: 'learning_and_work', needs: ['i get stuck on long words'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['people dont talk to me'] };

const pupil = (hopes: SeedHope[]) => startWith({ today: TODAY, name: 'Sam', age: 14, schoolYear: 9, hopes });

describe('one answer to "by when?" that gives different goals different times', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the reading goal takes the time said for reading, not the first time said', async () => {
    ({ chat } = await pupil([READING, FRIENDS]));
    await chat.say('read a whole book on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('a year for the friends one, 6 months for the reading one');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('in 6 months');
    expect(outcome.timeframe?.date).toBe('2027-06-02');
  });

  it('a goal not named takes the time said for "everything else"', async () => {
    ({ chat } = await pupil([FRIENDS, READING]));
    await chat.say('talk to someone new at lunch');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('6 months for the reading one, a year for everything else');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('in a year');
  });

  it('times that name no goal of this one are asked about, with the times said to pick from', async () => {
    ({ chat } = await pupil([FRIENDS, READING]));
    await chat.say('talk to someone new at lunch');
    const replies = await chat.say('by easter for cooking, next summer for the bus');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(saidIn(replies)).toMatch(/more than one time/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toBeFalsy();
    await chat.say('next summer');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toBe('next summer');
  });
});
