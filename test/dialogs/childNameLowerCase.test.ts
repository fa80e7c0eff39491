import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* A carer asked 'Start with "Reece will ..."' types the child's name in lower case, short or long: taken, and read back capitalised. */

async function askedToSayIt(name: string): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name, age: 9, schoolYear: 4 }, [{ text: 'to be more independent in the mornings', theme: 'independent_living', needs: ['he forgets what comes next'] }]));
  await chat.say('more help from his TA');
  await chat.say('more help from his TA in the mornings');
  return chat;
}

describe('"<name> will ..." typed in lower case at "Could you say it as one thing ... will do?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['Reece', 'reece will get himself ready for school using his picture checklist with only one reminder'],
    ['Reece', 'reece will get himself dressed'],
    ['Amira', 'amira will put her coat on by herself before break time every day'],
    ['Tomasz', 'tomasz will pack his own school bag using his checklist'],
  ])('%s: "%s"', async (name, typed) => {
    chat = await askedToSayIt(name);
    expect(chat.lastQuestion?.step).toBe(Step.outcomeStep);
    await chat.say(typed);
    expect(chat.lastQuestion?.step).not.toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.step).not.toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.statement.toLowerCase()).toContain(typed.split(' ').slice(2, 5).join(' '));
    // Kept with the name capitalised.
    expect(outcome?.statement.startsWith(`${name} will `)).toBe(true);
  });
});
