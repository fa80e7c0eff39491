import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * At the review, "the football one" can be Leo's hope ("play football for a team") or its goal
 * ("I will play in a football match..."). The question says what the choice is, in his words,
 * and offers both; a name that fits one part only opens it with no question.
 */

const LEO = leoAtReview();
const EASY_READ = { ...leoAtReview({ mode: 'easy_read' }), change: (draft: Draft) => setYoungPerson(LEO.change!(draft), { readingMode: 'easy_read' }) };

describe('a hope or its goal, named by the words they share', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['can i change the football one?', 'football'],
    ['change the lego one', 'lego'],
    ['i want to fix the football one', 'football'],
  ])('"%s" asks "your hope or your goal about %s?" and offers both', async (typed, about) => {
    ({ chat } = await startWith(leoAtReview()));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toContain(`Do you mean your hope or your goal about ${about}?`);
    expect(asked).not.toMatch(/Which one do you mean/);
    expect(chat.step).toBe(Step.reviewChange);
    const choices = chat.lastQuestion!.choices;
    expect(choices).toHaveLength(2);
    expect(choices[0]).toMatch(new RegExp(about === 'football' ? 'play football for a team' : 'build big lego models'));
    expect(choices[1]).toMatch(/I will/);
  });

  it('"the hope" then opens the hope, with nothing changed', async () => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say('can i change the football one?');
    const asked = saidIn(await chat.say('the hope'));
    expect(asked).toMatch(/Now it says: "play football for a team"/);
    expect(asked).not.toMatch(/your hope or your goal/);
  });

  it('in easy read the same choice names the dream and the goal', async () => {
    ({ chat } = await startWith(EASY_READ));
    const asked = saidIn(await chat.say('can i change the football one?'));
    expect(asked).toContain('Do you mean your dream or your goal about football?');
    expect(chat.lastQuestion!.choices).toHaveLength(2);
  });

  it('leaves a name that fits one part only: "change the instructions one" opens it with no question', async () => {
    ({ chat } = await startWith(leoAtReview()));
    const asked = saidIn(await chat.say('change the instructions one'));
    expect(asked).not.toMatch(/Do you mean|Which one/);
    expect(asked).toMatch(/instructions are hard to follow/);
  });
});
