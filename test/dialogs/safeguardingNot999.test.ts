import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * "i dont want call 999" just after the safeguarding answer: a kind reply, never silence and never
 * "call 999 now": they don't have to phone, there are other ways (Childline's chat, a trusted adult),
 * and the chat moves on.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const afterTheAnswer = async (): Promise<Transcript> => {
  const c = await typedTo(Step.aboutMeSafe, { name: 'Sam', age: '14' });
  expect(saidIn(await c.say('no my dad hits me'))).toMatch(/999/);
  return c;
};

describe('"i dont want call 999" after the safeguarding answer', () => {
  it.each(['i dont want call 999', 'i dont want to ring the police', 'im not calling 999'])('%j at "are you safe right now?": you don\'t have to, and other ways', async (typed) => {
    chat = await afterTheAnswer();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/don't have to phone/);
    expect(said).toMatch(/Childline/);
    expect(said).not.toMatch(/call 999 now/);
  });

  it('at "carry on or stop?": the same kind reply, and the chat moves on', async () => {
    chat = await afterTheAnswer();
    await chat.say('im safe');
    const said = saidIn(await chat.say('i dont want call 999'));
    expect(said).toMatch(/don't have to phone/);
  });
});

describe('not wanting to phone, with danger or "no" beside it', () => {
  it.each(['no. i dont want to call 999 he has a knife', 'i dont want to call the police hes outside my door', 'no im not safe but i wont call 999'])('%j keeps a 999 line, never "you don\'t have to phone"', async (typed) => {
    chat = await afterTheAnswer();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/999/);
    expect(said).not.toMatch(/don't have to phone/);
  });
});
