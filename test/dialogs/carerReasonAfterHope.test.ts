import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * Joanne (63), Tia's nan and kinship carer: "because I am not going to be here forever am I", typed
 * after a hope for Tia, is the reason for that hope. It is never a hope of its own and never a
 * disclosure: it is heard kindly and the chat moves on.
 */

async function atTiasHopes(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Tia', age: 7, schoolYear: 2 }, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  return chat;
}

describe("a carer's reason typed after a hope", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['because I am not going to be here forever am I', "cos i won't be around forever will i"])('%j is no hope and no disclosure', async (typed) => {
    chat = await atTiasHopes();
    await chat.say('I want Tia to be able to make friends and stand up for herself');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    const replies = await chat.say(typed);
    expect(texts(replies)).not.toMatch(/Are you OK|NSPCC|999|didn't get/i);
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.aspirations.map((a) => a.text)).toEqual(hopes);
  });
});
