import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * At the review an about-me answer is named by its heading: "change what people like about me to:
 * kind and funny" changes that answer, never a need that happens to say "like" or "people".
 */

const plan = (draft: Draft) => ({ aboutMe: draft.aboutMe, needs: draft.needs.map((n) => n.text), hopes: draft.aspirations.map((a) => a.text) });

describe('an about-me answer changed by its heading', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['change what people like about me to: kind and funny', 'strengths', 'kind and funny'],
    ['what people like about me should say kind and funny', 'strengths', 'kind and funny'],
    ['change what matters to me to my cat and my nan', 'important', 'my cat and my nan'],
  ] as const)('"%s", then "yes"', async (typed, section, now) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(leoAtReview()));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toContain(now);
    await chat.say('yes');
    const before = plan(seeded);
    expect(plan((await chat.draft())!)).toEqual({ ...before, aboutMe: { ...before.aboutMe, [section]: [now] } });
  });
});
