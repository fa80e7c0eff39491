import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/* At the step question a parent's own worry is noted for the key worker, and two outcomes asked for are offered in turn: neither is a step. */

const HOPES = [
  { text: 'to talk in sentences', theme: 'learning_and_work' as const, needs: ['he only uses single words'] },
  { text: 'to use the toilet at school', theme: 'independent_living' as const, needs: ['he is still in nappies'] },
];
const leo = () => startWith(parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, HOPES, { at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) }));

describe('a parent at "what is one step?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"im worried they\'ll take his 1:1 away" is noted as the family\'s worry, and the step asked again', async () => {
    ({ chat } = await leo());
    const replies = await chat.say("im worried they'll take his 1:1 away");
    expect(saidIn(replies)).toMatch(/worry/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(0);
    expect(draft.needs.map((n) => n.text)).toContain("im worried they'll take his 1:1 away");
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('"i want one about his talking and one about the toilet" asks which of the two first', async () => {
    let seeded;
    ({ chat, seeded } = await leo());
    await chat.say('i want one about his talking and one about the toilet');
    expect((await chat.draft())!.outcomes).toHaveLength(0);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('the toilet');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it('a plain step is still kept as the step', async () => {
    ({ chat } = await leo());
    await chat.say('say two words together to ask for a drink');
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
