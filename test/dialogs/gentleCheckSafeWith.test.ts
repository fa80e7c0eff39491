import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * "Are you OK?" after a worry about themselves (hurting themselves, older boys and favours): "with my mum"
 * says where they are, often where they are safe. Only after a worry about harm by someone is a place or a
 * person read as telling who harms.
 */

const SAM = { who: 'Me, about myself', name: 'Sam', age: '14' } as const;
const WORRIES = ['i hate myself', 'older boys give me stuff to carry'];
const SAFE_WITH = ['with my mum', 'at my nans', 'my sister sometimes', 'just my brother'];

describe('a place or a person at a check about their own worry', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  for (const worry of WORRIES) {
    it.each(SAFE_WITH)(`${JSON.stringify(worry)}, then %j: no note naming that person`, async (typed) => {
      chat = await typedTo(Step.aboutMeImportant, SAM);
      await chat.say(worry);
      expect(chat.step).toBe(Step.safeguardingCheck);
      const replies = await chat.say(typed);
      expect(saidIn(replies)).not.toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([]);
    });
  }

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('still heard at the check: %j', async (typed) => {
    chat = await typedTo(Step.aboutMeImportant, SAM);
    await chat.say('older boys give me stuff to carry');
    await chat.say(typed);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });
});
