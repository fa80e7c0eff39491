import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { strengthBesideHard } from '../../src/language/strengthBesideHard';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Sam (13) at "what makes it hard?" softens it with a strength: "im good at maths but reading is
 * really hard". The need is only the hard thing; the strength is kept with what people like about
 * Sam, and Sam is told so.
 */

const SAM: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 13,
  hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: [] }],
  at: (d) => ({ stage: 'needs', step: 'needs.barrier', topic: d.aspirations[0]!.id }),
};

let chat: Transcript;
afterEach(async () => chat?.close());

describe('a strength said with the hard thing', () => {
  it.each([
    ['im good at maths but reading is really hard', 'reading is really hard', 'im good at maths'],
    ['reading is hard but i am really good at drawing', 'reading is hard', 'i am really good at drawing'],
  ])('"%s": the need is the hard thing, the strength kept as a strength', async (typed, need, strength) => {
    ({ chat } = await startWith(SAM));
    const said = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual([need]);
    expect(draft.aboutMe.strengths).toEqual([strength]);
    expect(said).toMatch(/strength/);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('for a parent, about their child', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ava', age: 9, schoolYear: 4 }, [{ text: 'make friends', theme: 'friends_and_community', needs: [] }], SAM.at ? { at: SAM.at } : {})));
    const said = saidIn(await chat.say("she's good at art but she gets anxious in the playground"));
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['she gets anxious in the playground']);
    expect(said).toMatch(/what people like about Ava/);
  });

  it.each(['reading is hard but i try', 'i cant read and maths is hard too', 'maths is hard'])('leaves "%s" alone', (typed) => {
    expect(strengthBesideHard(typed)).toBeNull();
  });
});
