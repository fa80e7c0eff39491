import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, TODAY } from '../support/typedWay';

/*
 * Denise typed at the very first question "Standard. And I'm his MUM doing this for him, right,
 * Harley's not here." and was asked "That sounds hard. Are you OK?", with "Standard" forgotten.
 * Her choice is taken, that a parent is chatting is noted, and nobody asks if she is OK.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a parent says who she is beside the reading choice', () => {
  it("\"Standard. And I'm his MUM doing this for him, right, Harley's not here.\": standard words, no check, a parent noted", async () => {
    chat = await Transcript.start({ today: TODAY });
    expect(chat.step).toBe(Step.welcomeReadingMode);
    const replies = saidIn(await chat.say("Standard. And I'm his MUM doing this for him, right, Harley's not here."));
    expect(replies).not.toMatch(/Are you OK/i);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.mode).toBe('standard');
    expect(chat.step).toBe(Step.welcomeConsent);
    await chat.say('yes you can keep it');
    expect(chat.step).not.toBe(Step.welcomeWho);
    const draft = await chat.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
  });
});
