import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Tanya, a foster carer, answers the child's name question with "Jayden. Im his foster carer not his
 * mum": whose name Jayden is is not clear, so it is asked once. Her answer can fix both names.
 */
describe('a name that may be the carer\'s or the child\'s', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atChildsName = () => typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'im a foster carer' });

  it('asks whose name it is, and "no, Jayden is HIS name. the child. Im Tanya" fixes both', async () => {
    chat = await atChildsName();
    const asked = saidIn(await chat.say('Jayden. Im his foster carer not his mum'));
    expect(asked).toMatch(/Is Jayden your name, or the child's\?/);
    expect(asked).not.toMatch(/as the person chatting/);
    const replies = saidIn(await chat.say('no, Jayden is HIS name. the child. Im Tanya'));
    expect(replies).not.toMatch(/How old are you/);
    expect(replies).toMatch(/How old is Jayden/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Jayden');
    expect(person.chatHelper?.name).toBe('Tanya');
    expect(person.relationship).toBe('foster_carer');
  });

  it('after the "A parent or carer" button, her own words "foster carer" are kept for "Completed by"', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say('Jayden. Im his foster carer not his mum');
    const replies = saidIn(await chat.say("the child's"));
    expect(replies).not.toMatch(/How old are you/);
    expect((await chat.draft())!.youngPerson.relationship).toBe('foster_carer');
  });

  it('"mine" keeps Jayden as hers and asks the child\'s name', async () => {
    chat = await atChildsName();
    await chat.say('Jayden. Im his foster carer not his mum');
    await chat.say('mine');
    expect(chat.step).toBe(Step.welcomeName);
    let person = (await chat.draft())!.youngPerson;
    expect(person.name).toBeUndefined();
    expect(person.chatHelper?.name).toBe('Jayden');
    await chat.say('Kai');
    person = (await chat.draft())!.youngPerson;
    expect(person.name).toBe('Kai');
  });

  it('"the childs" keeps Jayden as the child\'s name', async () => {
    chat = await atChildsName();
    await chat.say('Jayden. Im his foster carer');
    const replies = saidIn(await chat.say('the childs'));
    expect((await chat.draft())!.youngPerson.name).toBe('Jayden');
    expect(replies).not.toMatch(/How old are you/);
  });

  it.each(["I'm Bev, his grandma", 'its Bev here, im her nan'])('leave alone: %j is clearly her own name, never asked', async (typed) => {
    chat = await atChildsName();
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/your name, or/);
    expect((await chat.draft())!.youngPerson.chatHelper?.name).toBe('Bev');
  });
});
