import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * At the review, "DELETE hope number 4", "get rid of hope 2" or "kill the last one lol" asks to take
 * a part out of the plan: a command about the plan, read back for a yes, never a worry to ask
 * "Are you OK?" about, and never a note of concern.
 */

const standard = createWords().forMode('standard');

const seed = () =>
  samAtReview(
    10,
    [
      { text: 'be a chef', theme: 'learning_and_work', needs: ['i find reading recipes hard'] },
      { text: 'go to town with my mates', theme: 'friends_and_community', needs: [] },
      { text: 'learn to swim', theme: 'health_and_wellbeing', needs: [] },
      { text: 'get the bus on my own', theme: 'independent_living', needs: [] },
    ],
    (d) => d,
  );

describe('a command to take a part out, typed strongly, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['I just want you to DELETE hope number 4', /get the bus on my own/],
    ['get rid of hope 2', /go to town with my mates/],
    ['kill the last one lol', /\?/],
  ])('"%s" asks to take that part out, never "Are you OK?"', async (typed, part) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(seed()));
    const asked = saidIn(await chat.say(typed));
    expect(asked).not.toContain(standard('safeguarding:check.question'));
    expect(asked).toMatch(/Take|take out/);
    expect(asked).toMatch(part);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.aspirations.length + draft.needs.length).toBe(seeded.aspirations.length + seeded.needs.length - 1);
  });
});
