import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview, leoAtReview } from './reviewSeed';

/*
 * At a review choice, "None of these. I want to change About me" is no "nothing to change": the
 * about-me answers are opened to change (one answer at once, several to pick from).
 */

const DAN = danAtReview([], (draft) => addAboutMe(draft, 'strengths', 'I am good at drawing'));

describe('the about-me part asked for at a review choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['None of these. I want to change About me', 'none. its the about me bit thats wrong', "neither, it's the About Me part that's wrong", 'I want to change About me'])(
    '"%s" at the list of parts opens the one about-me answer for new words',
    async (typed) => {
      ({ chat } = await startWith(DAN));
      await chat.say('change something');
      const asked = saidIn(await chat.say(typed));
      expect(asked).toMatch(/Now it says: "I am good at drawing"/);
      expect(asked).not.toMatch(/haven't changed anything|didn't catch/);
      expect(chat.step).toBe(Step.reviewChange);
    },
  );

  it('"I want to change About me" at the read-back with two about-me answers offers just those two', async () => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say('I want to change About me');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices.join('\n')).toMatch(/good at lego[\s\S]*cat and biscits/);
    expect(chat.lastQuestion!.choices).toHaveLength(2);
  });

  it('leaves "none of these" alone: nothing changed, as before', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('change something');
    expect(saidIn(await chat.say('none of these'))).toMatch(/haven't changed anything/);
  });
});
