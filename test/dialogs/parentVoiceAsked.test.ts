import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * A dad typing in bursts: his own name, his son's name and age, and whether to write as himself
 * or as his son, all in one message. Whose voice to write in is answered wherever it is asked.
 */

const FRIENDS: SeedHope = { text: 'he wants to have a friend to play with', theme: 'friends_and_community', needs: ['he finds it hard to join in'] };

describe('a parent asks whose voice to write in', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it("the son's name and age are kept, the dad's name is his own, and the question is answered", async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'im his dad' });
    const replies = saidIn(await chat.say('its his dad derek. ben is my son hes 8 not sure if i should be writing like its him or me'));
    expect(replies).toMatch(/about Ben\b/);
    expect(replies).toMatch(/as yourself: "Ben will \.\.\."\. Or as Ben: "I will \.\.\."\. Both are fine\./);
    expect(replies).not.toMatch(/Hes|Derek/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Ben');
    expect(person.age).toBe(8);
    expect(person.chatHelper).toEqual({ role: 'dad', name: 'Derek' });
  });

  it('the question alone at the name question is answered, and the name asked again', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'im her mum' });
    const replies = saidIn(await chat.say('do i write it in her words or mine?'));
    expect(replies).toMatch(/Both are fine/);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())!.youngPerson.name).toBeUndefined();
  });

  it('at an outcome question the question is answered and the same question asked again', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ben', age: 8, schoolYear: 4 }, [FRIENDS])));
    const before = chat.lastQuestion?.activity.text;
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = saidIn(await chat.say('should i say it like ben would say it?'));
    expect(replies).toMatch(/"Ben will \.\.\."\. Or as Ben: "I will \.\.\."/);
    expect(replies).not.toMatch(/don't have to answer/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toBe(before);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it('leave alone: a young person saying "I will play with him or me mates" is answering', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [FRIENDS] }));
    const replies = saidIn(await chat.say('I will go to the park with my mates'));
    expect(replies).not.toMatch(/Both are fine/);
  });
});
