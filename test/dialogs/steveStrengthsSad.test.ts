import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Steve, asked what people like about Maisie, says nobody at school says anything nice about her.
 * The bot is sorry (never "lovely"), keeps nothing as a strength, and asks what he likes about her.
 * Harm said in the same words still reaches the safeguarding check.
 */

describe('a sad answer where strengths are asked', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  for (const said of [
    'nobody at school ever says anything nice about her',
    'no one has a good word to say about her',
    'school never say anything good about her',
    'we only ever hear the bad stuff',
  ]) {
    it(`"${said}" is met with sorry and asked the easier way`, async () => {
      chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Maisie', age: '9' });
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toMatch(/lovely/i);
      expect(saidIn(replies)).toMatch(/sorry/i);
      expect(chat.step).toBe(Step.aboutMeStrengths);
      expect(chat.lastQuestion?.activity.text).toMatch(/What do you like about Maisie\?/);
      expect((await chat.draft())!.aboutMe.strengths).toEqual([]);
      await chat.say('she is funny and never gives up');
      expect(chat.step).toBe(Step.aboutMeImportant);
      expect((await chat.draft())!.aboutMe.strengths).toEqual(['she is funny and never gives up']);
    });
  }

  for (const said of [
    'nobody at home ever says anything nice to her and her stepdad hits her',
    'no one says anything nice about me, i just want to kill myself',
  ]) {
    it(`"${said}" still reaches the safeguarding check`, async () => {
      chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Maisie', age: '9' });
      await chat.say(said);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags ?? []).toHaveLength(1);
    });
  }
});
