import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { JADES_OUTCOMES, jadeAtReview } from './reviewSeed';

/* Jade, 17, in the middle of a change at the read-back, asks to see everything she has said. */

const shownWhole = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.some((a) => (a.attachments ?? []).some((x) => x.contentType === DRAFT_CONTENT_TYPE));

describe('"list all" in the middle of a change shows the whole plan and is never kept as words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['list all', 'list everything', 'can you list it all', 'list all of it please', 'show me everything', 'what have i said so far'])(
    '"%s" where the new words for the bus goal are asked',
    async (words) => {
      ({ chat } = await startWith(jadeAtReview()));
      await chat.say('change the bus one');
      const question = chat.lastQuestion?.activity.text;
      const replies = await chat.say(words);
      expect(shownWhole(replies)).toBe(true);
      expect(chat.step).toBe(Step.reviewChange);
      expect(chat.lastQuestion?.activity.text).toBe(question);
      expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(JADES_OUTCOMES.map((o) => o.statement));
      // The question still waits for the new words.
      await chat.say('I will get the bus to college on my own');
      expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/get the bus to college on my own/);
    },
  );

  it.each(['list all', 'can you list it all'])('"%s" where a goal is picked shows the whole plan and the pick waits', async (words) => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('i want to change a goal');
    const replies = await chat.say(words);
    expect(shownWhole(replies)).toBe(true);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it.each(['list the shops near college', 'change it to all of them on my own'])('"%s" is still new words, never the plan shown', async (words) => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change the bus one');
    const replies = await chat.say(words);
    expect(shownWhole(replies)).toBe(false);
  });
});
