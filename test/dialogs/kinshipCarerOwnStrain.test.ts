import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Pat, 61, Ellie's nan and carer, asked how she is, says she is alright but tired, it is a lot at her age and
 * her sugar levels are all over the place. That is the carer's own strain: kind words and support for carers
 * (her GP, a local carers' service, Carers UK), never the child-safety lines; the chat goes on.
 */

const PAT = { who: 'A parent or carer', name: 'Ellie', age: '6' } as const;
const KERRY = 'her mum is my daughter Kerry but she has problems with drugs and she turns up at the house sometimes out of nowhere';
const STRAIN = [
  "oh bless you for asking, i'm alright love, tired mostly, its a lot at my age and my sugar levels have been all over the place but i wouldnt change having her for the world",
  'im ok just shattered, its a lot at my age',
  'yes we are fine, im just worn out and my health isnt great',
  'im alright, tired, my back is bad but i manage',
  'im ok love, exhausted to be honest, but she is worth it',
];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe("a carer's own strain, said when asked if they are safe", () => {
  it.each(STRAIN)('%j: kind words and carer support, no NSPCC, and the chat goes on', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/0808 808 7777/);
    expect(replies).toMatch(/GP/);
    expect(replies).not.toMatch(/0808 800 5000|999/);
  });

  it('leave alone: "yes we are safe" is thanked, with no carer lines', async () => {
    chat = await typedTo(Step.aboutMeImportant, PAT, {});
    await chat.say(KERRY);
    const replies = saidIn(await chat.say('yes we are safe'));
    expect(replies).not.toMatch(/0808 808 7777/);
  });
});
