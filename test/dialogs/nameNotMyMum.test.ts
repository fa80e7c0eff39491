import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * Ravi, 17, answers the name question with "me. not my mum for once": no name is kept from it. A name
 * taken wrongly is put right later ("my name isnt Once. its Ravi"), checked ("did you get that my
 * name is Ravi"), or changed at the review ("change my name to Ravi").
 */
describe('a name read right after "not my mum"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"me. not my mum for once" keeps no name and asks for it again', async () => {
    chat = await typedTo(Step.welcomeName);
    const replies = saidIn(await chat.say('me. not my mum for once'));
    expect(replies).not.toMatch(/Once/);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())!.youngPerson.name).toBeUndefined();
  });

  it('"lol my name isnt Once. its Ravi. 17, year 12" renames and keeps the age', async () => {
    chat = await typedTo(Step.welcomeAge, { name: 'Once' });
    const replies = saidIn(await chat.say('lol my name isnt Once. its Ravi. 17, year 12'));
    expect(replies).toMatch(/Ravi/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Ravi');
    expect(person.schoolYear).toBe(12);
    expect(chat.step).not.toBe(Step.welcomeAge);
  });

  it('"did you get that my name is Ravi" is answered', async () => {
    chat = await typedTo(Step.welcomeAge, { name: 'Ravi' });
    const replies = saidIn(await chat.say('did you get that my name is Ravi'));
    expect(replies).toMatch(/Yes.*Ravi/);
    expect(replies).not.toMatch(/haven't kept/);
    expect((await chat.draft())!.youngPerson.name).toBe('Ravi');
  });

  it('"change my name to Ravi" at the review changes the name', async () => {
    ({ chat } = await startWith(samAtReview(12, [{ text: 'work with cars', theme: 'learning_and_work', needs: ['reading manuals'] }], (d) => d)));
    const replies = saidIn(await chat.say('change my name to Ravi'));
    expect(replies).toMatch(/Ravi/);
    expect((await chat.draft())!.youngPerson.name).toBe('Ravi');
  });
});
