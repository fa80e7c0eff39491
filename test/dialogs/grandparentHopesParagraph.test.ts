import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Margaret, Ellie-May's grandmother, writes her hopes as one long polite paragraph: how she thought
 * about it first, then each "I should like her to ...", one of them led by "one day, when she is grown".
 */
describe('a grandparent\'s paragraph of hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the thinking before is no hope, each "I should like her to" starts one, and the time stays with its hope', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ellie-May', age: 'Year 1' });
    await throughAboutMe(chat);
    await chat.say(
      'I have thought about this a great deal, lying awake at night. I should like her to talk so that people understand her, and to make friends and be invited to tea. I should like her to learn to swim. And one day, when she is grown, I should like her to have a little job.',
    );
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual([
      'I should like her to talk so that people understand her',
      'to make friends and be invited to tea',
      'I should like her to learn to swim',
      'one day, when she is grown, I should like her to have a little job',
    ]);
  });
});
