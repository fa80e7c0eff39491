import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "and also at lunch" at "anything else hard?", just after a hard thing and what helps with it:
 * where it happens too, so it joins that need and is never a need of its own.
 */

const FRIENDS: SeedHope = { text: 'to make friends at school', theme: 'friends_and_community', needs: [] };
const atNeeds = parentSeed({ name: 'Leo', age: 9, schoolYear: 4 }, [FRIENDS], {
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

async function atAnythingElse(): Promise<Transcript> {
  const { chat } = await startWith(atNeeds);
  await chat.say('he gets overwhelmed in the playground');
  await chat.say('a quiet space');
  expect(chat.step).toBe(Step.needsMore);
  return chat;
}

describe('a where or when said next joins the hard thing just given', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['and also at lunch', 'also in PE', 'n at home too'])('"%s"', async (typed) => {
    chat = await atAnythingElse();
    const said = saidIn(await chat.say(typed));
    expect(said).toContain("I've added that to your last answer");
    expect(chat.step).toBe(Step.needsMore);
    const draft = (await chat.draft())!;
    expect(draft.needs).toHaveLength(1);
    expect(draft.needs[0]!.text).toMatch(/^he gets overwhelmed in the playground and /);
    expect(draft.needs[0]!.helps).toEqual(['a quiet space']);
  });

  it.each(['and reading', 'yes he finds reading hard', 'and he hates loud noises'])('leave alone: "%s" is another need', async (typed) => {
    chat = await atAnythingElse();
    await chat.say(typed);
    expect((await chat.draft())!.needs.length).toBe(2);
  });
});
