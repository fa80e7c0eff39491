import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "change the intervews one. it should just say: ..." at the review: the part is named first, and the
 * words after "it should just say:" or "make it:" are its new words, read back before they are kept.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a part named, then its new words after a break', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [typed, words] of [
    ['change the intervews one. it should just say: I need help to get ready for interviews', 'I need help to get ready for interviews'],
    ['fix the intervews one, make it: I need a mock interview first', 'I need a mock interview first'],
  ] as const) {
    it(`"${typed}" offers those words for the need`, async () => {
      ({ chat } = await startWith(danAtReview()));
      const reply = said(await chat.say(typed));
      expect(reply).toContain(`"${words}"`);
      expect(reply).toMatch(/intervews/);
      await chat.say('yes');
      expect((await chat.draft())!.needs.map((n) => n.text)).toContain(words);
    });
  }
});
