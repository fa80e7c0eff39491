import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAspiration, addNeed, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * Two parts named by their words in one message ("take out the swimming one and the bus one") are
 * both taken out, after one yes that lists both. When one of them fits a few parts, that one is
 * picked first, and then both are read back together.
 */

const jade = jadeAtReview();
const SEED = {
  ...jade,
  change: (draft: Draft) => {
    const swim = addAspiration(jade.change!(draft), 'go swimming with my friends', 'friends_and_community');
    return addNeed(swim.draft, 'i am scared of deep water', [swim.aspiration.id]).draft;
  },
};

describe('two parts taken out in one message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"take out the swimming one and the maths one" reads both back and takes both out after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('take out the swimming one and the maths one');
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('go swimming with my friends');
    expect(asked).toContain('maths n money');
    expect((await chat.draft())!.aspirations).toHaveLength(3);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['go to college on my own', 'get a job in a shop']);
    expect(draft.needs.map((n) => n.text)).toEqual(['i cant get the bus on my own']);
  });

  it('"the bus one" fitting a hard thing and a goal is picked first, then both go after one yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('take out the swimming one and the bus one');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('the goal');
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('go swimming with my friends');
    expect(asked).toContain('take the bus to college');
    await chat.say('yeah both');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).not.toContain('go swimming with my friends');
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By June 2027, I will work on the till in a shop.']);
    expect(draft.needs.map((n) => n.text)).toContain('i cant get the bus on my own');
  });

  it('"no" at the read-back keeps both', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can you delete the swimming one and the maths one');
    await chat.say('no keep them');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(3);
    expect(draft.needs).toHaveLength(3);
  });

  it('leaves one part whose words have "and" in them as one part', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('take out maths n money');
    expect(chat.lastQuestion!.activity.text).toContain('maths n money');
    expect(chat.lastQuestion!.activity.text).not.toContain('swimming');
  });
});
