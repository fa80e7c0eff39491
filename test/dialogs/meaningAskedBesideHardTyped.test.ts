import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A parent asks what "hard" means, offers an example, and then says the hard things in the same
 * message. The short question is answered in a line and the rest is kept: never thrown away.
 */

const SCHOOL: SeedHope = { text: 'to do well at secondary school', theme: 'learning_and_work', needs: [] };
const atHard = parentSeed({ name: 'Tia', age: 9, schoolYear: 4 }, [SCHOOL], {
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

describe('"what do you mean by hard, like ...?" with the answer beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the question is answered in a line and the barriers are kept', async () => {
    ({ chat } = await startWith(atHard));
    const said = saidIn(await chat.say("What do you mean by hard, like what stops her? She's only 9 and she gets very tired after lunch. She can't follow long instructions. Noisy rooms make her cover her ears."));
    expect(said).toContain('that could be it: "what stops her"');
    expect(said).not.toContain('Tell me in your own words');
    expect(chat.step).toBe(Step.needsHelps);
    const needs = (await chat.draft())!.needs.map((n) => n.text).join(' ');
    expect(needs).toContain('very tired after lunch');
    expect(needs).toContain('follow long instructions');
    expect(needs).not.toMatch(/what do you mean/i);
  });

  it('leave alone: "what do u mean? like what stops her?" alone still asks for their own words', async () => {
    ({ chat } = await startWith(atHard));
    const said = saidIn(await chat.say('what do u mean? like what stops her?'));
    expect(said).toContain('Tell me in your own words');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });
});
