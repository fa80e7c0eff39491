import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, TODAY } from '../support/typedWay';

/*
 * Denise, mum of Harley (17), typed at the consent "Key worker?? He hasn't GOT a key worker... Yes you
 * can keep it. But I'm writing this FOR him, I'm his mum", then "Denise. And HE is Harley" where a
 * name was asked, and was told "Nice to meet you, Denise. I've noted that you are 17". Her yes is
 * kept, a parent is chatting, Denise is her own name and Harley his; his age is never said to be hers.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function throughConsent(first: string): Promise<string> {
  chat = await Transcript.start({ today: TODAY });
  await chat.say(first);
  expect(chat.step).toBe(Step.welcomeConsent);
  return saidIn(await chat.say("Key worker?? He hasn't GOT a key worker... Yes you can keep it. But I'm writing this FOR him, I'm his mum"));
}

describe('a mum says she writes for her son at the consent', () => {
  it.each(['standard', "Standard. And I'm his MUM doing this for him, right, Harley's not here."])('after %j: consent kept, a parent, then her name and his', async (first) => {
    await throughConsent(first);
    let draft = await chat!.draft();
    expect(draft?.youngPerson.who).toBe('parent_carer');
    expect(chat!.step).not.toBe(Step.welcomeConsent);
    expect(chat!.step).not.toBe(Step.welcomeWho);
    const replies = saidIn(await chat!.say('Denise. And HE is Harley'));
    expect(replies).not.toMatch(/you are 17/i);
    draft = await chat!.draft();
    expect(draft?.youngPerson.name).toBe("Harley");
    expect(draft?.youngPerson.chatHelper?.name).toBe('Denise');
    expect(replies).toMatch(/Harley/);
    if (chat!.step === Step.welcomeAge) {
      const age = saidIn(await chat!.say('17'));
      expect(age).not.toMatch(/you are 17/i);
      expect(age).not.toMatch(/Denise/);
    }
    expect([Step.welcomeInvite, Step.aboutMeStrengths]).toContain(chat!.step);
  });
});
