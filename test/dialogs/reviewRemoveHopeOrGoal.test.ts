import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/* Leo, 12, at the read-back: his hope "play football for a team" and its goal both say football. */

describe('"remove the football one" asks whether the hope or just the goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['remove the football one', 'delete the football one', 'take out the football one please', 'get rid of the football one'])(
    '"%s" asks which, and takes nothing out yet',
    async (words) => {
      ({ chat } = await startWith(leoAtReview()));
      const asked = saidIn(await chat.say(words));
      expect(asked).toMatch(/hope about football, with its goals, or just the goal/);
      expect(chat.step).toBe(Step.reviewChange);
      const draft = (await chat.draft())!;
      expect(draft.outcomes).toHaveLength(2);
      expect(draft.aspirations).toHaveLength(2);
    },
  );

  it('in easy read the question is short and plain', async () => {
    ({ chat } = await startWith(leoAtReview({ mode: 'easy_read' })));
    expect(saidIn(await chat.say('remove the football one'))).toMatch(/dream about football and its goals\? Or only the goal\?/);
  });

  it('picking the goal then yes takes out only the goal', async () => {
    ({ chat } = await startWith(leoAtReview()));
    await chat.say('remove the football one');
    await chat.say('just the goal');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2027, I will build a big lego set on my own.']);
    expect(draft.aspirations.map((a) => a.text)).toEqual(['build big lego models', 'play football for a team']);
  });

  it('"remove the lego one" (only the goal says lego... and the hope) still asks; "remove the match one" takes out the goal', async () => {
    ({ chat } = await startWith(leoAtReview()));
    const asked = saidIn(await chat.say('remove the match one'));
    expect(asked).toMatch(/Take out this goal/);
  });
});
