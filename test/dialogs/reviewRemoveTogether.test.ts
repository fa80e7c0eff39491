import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeedHelp, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { gamesDesignerAtReview } from './reviewSeed';

/*
 * Two parts taken out in one go once the bot has listed them: "delete 1 and 3", "both. 1 and 2",
 * "remove both of them". Exactly those go, after one yes, and the bot says which.
 */

/** Two helps for the reading need, beside the three strengths. */
function withTwoLaptops(draft: Draft): Draft {
  const [reading] = draft.needs;
  const next = addNeedHelp(draft, reading!.id, 'a laptop at school');
  return addNeedHelp(next, reading!.id, 'a laptop at home');
}

const SEED = gamesDesignerAtReview(withTwoLaptops);

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('taking out two parts at once at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete 1 and 3" reads both back, and a yes takes out exactly those two', async () => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('delete 1 and 3');
    expect(texts(asked)).toContain('I am good at drawing');
    expect(texts(asked)).toContain('I make people laugh');
    expect(texts(asked)).not.toContain('I am kind to animals');
    // A yes or a no, not the list of parts again.
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    const done = await chat.say('yes');
    expect(texts(done)).toContain('I am good at drawing');
    expect(texts(done)).toContain('I make people laugh');
    expect((await chat.draft())!.aboutMe.strengths).toEqual(['I am kind to animals']);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"both. 1 and 2" after the bot listed the parts to take out removes those two', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('delete');
    expect(chat.lastQuestion!.choices[0]).toMatch(/^1\. I am good at drawing/);
    await chat.say('both. 1 and 2');
    await chat.say('yes');
    expect((await chat.draft())!.aboutMe.strengths).toEqual(['I make people laugh']);
  });

  it('"remove both of them" after the bot asked which of two it meant removes both', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('delete the laptop one');
    expect(chat.lastQuestion!.choices).toHaveLength(2);
    const asked = await chat.say('remove both of them');
    expect(texts(asked)).toContain('a laptop at school');
    expect(texts(asked)).toContain('a laptop at home');
    const done = await chat.say('yes');
    expect(texts(done)).toContain('a laptop at home');
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.helps ?? []).toEqual([]);
    expect(draft.aboutMe.strengths).toHaveLength(3);
  });

  it('"remove all of them" after the bot listed three helps takes out those three only, never the whole plan', async () => {
    ({ chat } = await startWith(gamesDesignerAtReview((d) => addNeedHelp(withTwoLaptops(d), d.needs[0]!.id, 'pictures'))));
    await chat.say('delete the help');
    expect(chat.lastQuestion!.choices).toHaveLength(3);
    const asked = await chat.say('remove all of them');
    expect(texts(asked)).toContain('pictures');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.helps ?? []).toEqual([]);
    expect(draft.aboutMe.strengths).toHaveLength(3);
    expect(draft.aspirations).toHaveLength(1);
  });

  it('"no" to taking both out leaves them in', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('delete 1 and 3');
    await chat.say('no');
    expect((await chat.draft())!.aboutMe.strengths).toHaveLength(3);
  });
});
