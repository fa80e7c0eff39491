import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Wendy, Alfie's grandmother and kinship carer, writes her hopes as one long formal paragraph. "More
 * than anything I should like him to have a friend" is a hope; "He would love that" only says how
 * much it matters, and is never a hope of its own.
 */
describe('a carer\'s paragraph with "more than anything" and a remark after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the friend hope and leaves the remark out', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: '7' });
    await throughAboutMe(chat);
    await chat.say(
      'Thank you for asking. I have given this a good deal of thought. I should like Alfie to be able to tell us what he needs, with words or with his pictures. More than anything I should like him to have a friend. He would love that. I also hope that he will be happy and settled at school.',
    );

    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual([
      'I should like Alfie to be able to tell us what he needs, with words or with his pictures',
      'I should like him to have a friend',
      'I also hope that he will be happy and settled at school',
    ]);
  });
});
