import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * Paul, dad of Arlo (4), types fast: "its Arlo, im his dad Paul" at the child's name question names
 * Arlo as the child and keeps Paul, his dad, as the person chatting. "no wait, Arlo is my son" at
 * the age question puts the child's name right.
 */
describe('Paul names his son and himself in one message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['its Arlo, im his dad Paul', 'Arlo, im his dad Paul', 'its Arlo. im his dad, Paul'])('%j keeps Arlo as the child and Paul as his dad', async (typed) => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Arlo');
    expect(draft.youngPerson.chatHelper).toMatchObject({ name: 'Paul', role: 'dad' });
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it('"no wait, Arlo is my son" at the age question puts the name right', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say('Paul');
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('no wait, Arlo is my son');
    expect((await chat.draft())!.youngPerson.name).toBe('Arlo');
    expect(chat.step).toBe(Step.welcomeAge);
  });

  it('"no wait, Arlo is my son. hes 4" puts the name right and keeps the age', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say('Paul');
    await chat.say('no wait, Arlo is my son. hes 4');
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Arlo');
    expect(draft.youngPerson.age).toBe(4);
  });
});
