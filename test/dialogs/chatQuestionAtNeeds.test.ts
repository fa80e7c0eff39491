import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "what's the difference between this and the help bit?" at "what makes it hard?" asks about the
 * chat: it is explained and the question asked again, never kept as a need or as help.
 */

const FRIENDS: SeedHope = { text: 'to make friends at school', theme: 'friends_and_community', needs: [] };
const atNeeds = parentSeed({ name: 'Leo', age: 9, schoolYear: 4 }, [FRIENDS], {
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

describe('a question about the chat at the needs questions is explained, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["what's the difference between this and the help bit?", "isn't this the same as the help question?", 'how is this different from the last question'])('"%s"', async (typed) => {
    ({ chat } = await startWith(atNeeds));
    const said = saidIn(await chat.say(typed));
    expect(said).toContain('Here is what this question means');
    expect(said).toMatch(/gets in the way of this hope/);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aboutMe.support).toEqual([]);
  });

  it('leave alone: "he cant tell the difference between this and that" is kept as a need', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('he cant tell the difference between this and that');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['he cant tell the difference between this and that']);
  });
});
