import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * A young person who says a helper is sitting with them: "me" is the answer, the helper is noted,
 * and the helper's name is never taken as theirs. A name put right later is theirs from then on.
 */

describe('a helper sitting beside them at who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"me. Jo is sitting with me": me is the answer, Jo is the helper, and the name is asked', async () => {
    chat = await typedTo(Step.welcomeWho);
    const replies = await chat.say('me. Jo is sitting with me');
    expect(saidIn(replies)).not.toMatch(/Nice to meet you, Jo/);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
    await typeUntil(chat, Step.aboutMeStrengths, { [Step.welcomeName]: 'Amira', [Step.welcomeAge]: '22', [Step.welcomeInvite]: 'no' });
    expect(saidIn(await chat.say('who sees this?'))).toMatch(/Jo/);
  });

  it.each(['me. Jo', 'me, im Jo', 'me. my name is Jo'])('"%s" still takes Jo as their own name', async (typed) => {
    chat = await typedTo(Step.welcomeWho);
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.name).toBe('Jo');
  });

  it('"I am not Jo. I am Amira" at the age question puts the name right and asks the age again', async () => {
    chat = await typedTo(Step.welcomeAge, { name: 'Jo' });
    const replies = await chat.say('I am not Jo. I am Amira');
    expect(saidIn(replies)).toMatch(/Sorry.*Amira/);
    expect(saidIn(replies)).not.toMatch(/Type a number/i);
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Amira');
  });

  it.each(['call me Amira', 'my name is Amira not Jo'])('"%s" at a later question puts the name right', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, { name: 'Jo' });
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/Amira/);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.youngPerson.name).toBe('Amira');
  });

  it('"Jo here - she means she wants more hours at the cafe" keeps only what she means', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Amira', age: '22' }, { [Step.welcomeWho]: 'me. Jo is sitting with me' });
    await chat.say('Jo here - she means she wants more hours at the cafe');
    const kept = JSON.stringify(await chat.draft());
    expect(kept).toMatch(/more hours at the cafe/);
    expect(kept).not.toMatch(/Jo here|she means/i);
  });
});
