import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * A parent's own questions about the plan, typed at "what already helps?" and "anything else that
 * makes this hard?", are never kept. What the guidance holds is answered in a line; the rest is
 * "your key worker can answer"; then the same question again.
 */

const SCHOOL: SeedHope = { text: 'to do well at secondary school', theme: 'learning_and_work', needs: ['maths'] };
const atHelps = parentSeed({ name: 'Tia', age: 9, schoolYear: 4 }, [SCHOOL], {
  at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
});
const atMore = parentSeed({ name: 'Tia', age: 9, schoolYear: 4 }, [SCHOOL], {
  at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }),
});

describe('questions about the plan at the needs questions are answered, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const cases: Array<[string, Seed, RegExp]> = [
    ["What is a transition? Does Tia's plan need to say anything about changing school?", atHelps, /transition is a big change[\s\S]*It can\. An outcome usually runs to the end of a key stage/],
    ["What is a transition? Does Tia's plan need to say anything about changing school?", atMore, /transition is a big change[\s\S]*It can\./],
    ["Can you tell me when we're supposed to start planning for secondary with the EHCP?", atHelps, /I can't answer that one\. Your key worker can\./],
    ['When do we start planning the move to secondary school?', atHelps, /I can't answer that one\. Your key worker can\./],
    ['When do we start planning the move to secondary school?', atMore, /I can't answer that one\. Your key worker can\./],
  ];
  it.each(cases)('"%s"', async (typed, seed, answer) => {
    ({ chat } = await startWith(seed));
    const step = chat.step;
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/Sorry, I didn't|here is what this question means|good to know what works/);
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['maths']);
    expect(JSON.stringify(draft)).not.toMatch(/transition|secondary school\?|planning/i);
  });

  it('leave alone: "moving to a new school is scary for her" is kept as a hard thing', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('moving to a new school is scary for her');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('moving to a new school is scary for her');
  });
});
