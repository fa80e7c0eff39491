import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * In the autumn term an age alone is ambiguous, so the bot asks which school year they are in.
 * However the year is typed ("in year 7", "year seven", "7", "seven"), it reads the same: Year 7,
 * and the age said before is kept.
 */

describe('the school year asked after an age', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function askedTheYear(): Promise<void> {
    chat = await Transcript.start({ today: '2026-10-10' });
    for (const answer of ['standard', 'yes', 'just me', 'Sam', '12']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeAge);
  }

  it.each(['in year 7', 'year seven', '7', 'seven', "i'm in 7th"])('"%s" is Year 7, and the age 12 stays', async (said) => {
    await askedTheYear();
    await chat.say(said);
    expect(chat.step).toBe(Step.welcomeInvite);
    const person = (await chat.draft())!.youngPerson;
    expect([person.schoolYear, person.age]).toEqual([7, 12]);
  });

  it('leaves "year 8" as Year 8', async () => {
    await askedTheYear();
    await chat.say('year 8');
    expect((await chat.draft())!.youngPerson.schoolYear).toBe(8);
  });
});
