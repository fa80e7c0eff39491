import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Carol asks politely for the hope just kept at "another hope?" to come out: "Please could you take
 * that out". The last hope kept goes, never the one kept before it, and the question stays open.
 * "that is better. That one should not be there at all" after it went is glad it went: nothing is kept.
 */
describe('the hope just kept at "another hope?", taken out when asked politely', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  async function twoHopesKept(): Promise<Transcript> {
    const started = await throughWelcome({ who: 'A parent or carer', name: 'Jayden', age: 'Year 2' });
    await throughAboutMe(started);
    await started.say('I would like him to use his cards to ask for things');
    await started.say('I would like him to be a footballer');
    expect(started.step).toBe(Step.hopesMore);
    expect((await started.draft())!.aspirations).toHaveLength(2);
    return started;
  }

  it.each(['Please could you take that out', 'can u take that out', 'That one should not be there at all', "That's wrong, that is not what I said", 'Could you remove that one please?'])(
    '"%s" takes out the last hope kept, not the one before',
    async (typed) => {
      chat = await twoHopesKept();
      await chat.say(typed);
      expect(chat.step).toBe(Step.hopesMore);
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['I would like him to use his cards to ask for things']);
    },
  );

  it.each(['that is better. That one should not be there at all', 'thats better thanks. it shouldnt of been there', 'Thank you, that is much better. It should never have been in the plan.'])(
    '"%s" after the hope went keeps nothing and takes nothing more out',
    async (typed) => {
      chat = await twoHopesKept();
      await chat.say('Please could you take that out');
      await chat.say(typed);
      expect(chat.step).toBe(Step.hopesMore);
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['I would like him to use his cards to ask for things']);
    },
  );
});
