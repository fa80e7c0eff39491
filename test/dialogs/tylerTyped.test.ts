import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * What Tyler (15, Year 10) typed, each in a real turn of the chat: hedges after a hope, a need about
 * reading, a wish where what already helps was asked, what does not work where support was asked,
 * "ye mostly" to feeling safe, a sentence at the key worker's code, one word for what it would do.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('Tyler, typing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['read car manuals i suppose', 'read car manuals probably', 'read car manuals i reckon', 'read car manuals kinda'])(
    'the hedge in "%s" is not kept in the hope, nor read back',
    async (said) => {
      chat = await throughWelcome({ name: 'Tyler' });
      await throughAboutMe(chat);
      await chat.say('work in a garage fixing cars');
      const replies = await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes).toHaveLength(2);
      expect(hopes[1]).toMatch(/read car manuals$/);
      expect(texts(replies)).not.toMatch(/suppose|probably|reckon|kinda/);
      expect(chat.step).toBe(Step.hopesMore);
    },
  );
});
