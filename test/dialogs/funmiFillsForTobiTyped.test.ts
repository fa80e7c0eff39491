import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Funmi agrees at the consent question and asks, in the same message, whether the chat is for her or for her son:
 * she fills it in for Tobi, 8, who cannot do it himself yet. Her yes is taken and no "Are you OK?" is asked.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const FILLING = [
  'yes ok you can keep. but is this for me or for my son? i am filling for Tobi he is 8 he cant do this himself yet',
  'yes you can keep it. im filling it in for Amira, she cant read yet',
  'yes. im answering for him because he cant write yet. is this for me or for him?',
  'ok yes. i am doing this for my son, he cant do it himself',
  'yes. can a parent fill it in? she is 6 and she cant type on her own',
];

describe('a parent filling it in for her child says yes at consent', () => {
  for (const said of FILLING) {
    it(`"${said.slice(0, 60)}…": the yes is taken, with no "Are you OK?"`, async () => {
      chat = await typedTo(Step.welcomeConsent, {});
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(/are you ok/i);
      expect(replies).not.toMatch(CRISIS);
      expect(chat.step).not.toBe(Step.welcomeConsent);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags).toHaveLength(0);
    });
  }

  it('a harm told beside it still gets the answer', async () => {
    chat = await typedTo(Step.welcomeConsent, {});
    const replies = saidIn(await chat.say('yes. is this for me or for her? she is 7. her dad hits her'));
    expect(replies).toMatch(CRISIS);
  });

  it('his own wish to die told beside it still gets the answer', async () => {
    chat = await typedTo(Step.welcomeConsent, {});
    const replies = saidIn(await chat.say('yes. im filling for my son. he cant do this himself. he wants to die'));
    expect(replies).toMatch(CRISIS);
  });
});
