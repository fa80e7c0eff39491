import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * "finish" typed at "another outcome?" or "which hope next?": the person wants to stop making
 * outcomes. The bot goes on to look at everything together and keeps nothing of those words.
 */
const HOPES = [
  { text: 'to make friends at school', theme: 'friends_and_community' as const, needs: ['he gets upset in the playground'] },
  { text: 'to get dressed by himself', theme: 'independent_living' as const, needs: ['buttons are hard for him'] },
];
const sam = parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, HOPES, {
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
});

const TYPED = ['finish', "no. I don't want any more outcomes. finish", 'finish please', 'lets finish now', 'I think we have enough goals'];

describe('"finish" said when the bot offers more outcomes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(TYPED)('"%s" at "another outcome?" goes on to the review and keeps nothing', async (typed) => {
    ({ chat } = await startWith(sam));
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(draft.aspirations).toHaveLength(2);
  });

  it.each(TYPED)('"%s" at "which hope next?" goes on to the review and keeps nothing', async (typed) => {
    ({ chat } = await startWith(sam));
    await chat.say('yes');
    expect(chat.lastQuestion?.activity.text).toMatch(/1: .*\n\n2: /s);
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('"finish school" at "another outcome?" is still a next step, not the end', async () => {
    ({ chat } = await startWith(sam));
    await chat.say('finish school');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });
});
