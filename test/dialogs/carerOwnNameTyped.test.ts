import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * A carer gives her own name at the child's name question ("Bev, I'm her nan"): the child is never
 * called Bev. Her name is kept as the person chatting's, and the child's name is asked for.
 */
describe('a carer who gives her own name at the child\'s name question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["I'm Bev, his grandma", 'my name is Bev and im her foster carer', 'its her nan bev.', 'its his support worker Bev'])('%j keeps Bev as hers and asks the child\'s name', async (typed) => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    const replies = await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeName);
    expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/Bev/);
    let draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBeUndefined();
    expect(draft.youngPerson.chatHelper?.name).toBe('Bev');
    await chat.say('Lily');
    draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Lily');
    expect(draft.youngPerson.chatHelper?.name).toBe('Bev');
  });

  it('"Bev, I\'m her nan" may name either, so whose name it is is asked; "mine" keeps Bev as hers', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    const asked = (await chat.say("Bev, I'm her nan")).map((r) => r.text ?? '').join(' ');
    expect(asked).toMatch(/Is Bev your name, or the child's\?/);
    await chat.say('its mine');
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())!.youngPerson.chatHelper?.name).toBe('Bev');
    expect((await chat.draft())!.youngPerson.name).toBeUndefined();
  });

  it.each(['Lily', "Lily, she's 6", "Lily's nan"])('leave alone: %j names the child', async (typed) => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say(typed);
    expect((await chat.draft())!.youngPerson.name).toBe('Lily');
  });

  it('"its his dad derek. ben is my son" keeps Derek as his and Ben as the child', async () => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: 'A parent or carer' });
    await chat.say('its his dad derek. ben is my son');
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.name).toBe('Ben');
    expect(draft.youngPerson.chatHelper?.name).toBe('Derek');
    expect(chat.step).toBe(Step.welcomeAge);
  });
});
