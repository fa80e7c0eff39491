import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * "ok now add a hope: I want to be a vet" at the review: the "ok" only starts the sentence. The
 * request is what is done; the plan is never finished by it.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('"ok" or "yes" before a request at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['ok now add a hope: I want to be a vet', 'yes, add a hope: I want to be a vet', 'right add a hope I want to be a vet']) {
    it(`"${typed}" adds the hope and does not finish`, async () => {
      ({ chat } = await startWith(danAtReview()));
      const reply = said(await chat.say(typed));
      expect(reply).not.toMatch(/Your draft is ready/);
      const draft = (await chat.draft())!;
      expect(`${reply}\n${draft.aspirations.map((a) => a.text).join('\n')}`).toMatch(/vet/);
      expect(draft.status).toBe('in_progress');
    });
  }
});
