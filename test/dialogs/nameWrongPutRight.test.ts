import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * The bot kept a wrong name ("Once"); at the age question the young person puts it right in their own
 * words, often with the age beside it. The name is changed, said back, and the age is not asked again.
 */
describe('a wrong name put right at the age question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"lol my name isnt that. its Ravi. 17, year 12" renames and keeps the year', async () => {
    chat = await typedTo(Step.welcomeAge, { name: 'Once' });
    const replies = saidIn(await chat.say('lol my name isnt that. its Ravi. 17, year 12'));
    expect(replies).toMatch(/Ravi/);
    expect(replies).not.toMatch(/Once/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Ravi');
    expect(person.schoolYear).toBe(12);
    expect(chat.step).not.toBe(Step.welcomeAge);
  });

  it.each(['thats not my name, I\'m Ravi', 'its Ravi not Once', 'no my names Ravi', 'you got my name wrong lol its ravi'])('"%s" renames, and the age is asked again', async (typed) => {
    chat = await typedTo(Step.welcomeAge, { name: 'Once' });
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/Ravi/);
    expect((await chat.draft())!.youngPerson.name).toBe('Ravi');
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it.each(['no im 17', 'no its year 12'])('"%s" is an age, and the name stays', async (typed) => {
    chat = await typedTo(Step.welcomeAge, { name: 'Once' });
    await chat.say(typed);
    expect((await chat.draft())!.youngPerson.name).toBe('Once');
    expect(chat.step).not.toBe(Step.welcomeAge);
  });
});
