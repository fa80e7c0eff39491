import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * A parent at the needs question, after two hopes were kept as one: "hang on potty and friends is
 * 2 different things". The hope is cut in two and the question is asked about the first; nothing is
 * kept as a hard thing.
 */

const MIA = (hope: string) => parentSeed({ name: 'Mia', age: 4, schoolYear: 0 }, [{ text: hope, theme: 'independent_living', needs: [] }]);
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

describe('two hopes kept as one, said at the needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['to be potty trained and make friends', 'hang on potty and friends is 2 different things'],
    ['to be potty trained and make friends', 'wait those are two separate hopes'],
    ['potty trained and have friends', 'actually thats 2 hopes not one'],
    ['potty trained and have friends', 'hold on, they are 2 different hopes'],
  ])('hope "%s", then "%s": two hopes, asked about the first, nothing kept as hard', async (hope, typed) => {
    ({ chat } = await startWith({ ...MIA(hope), at: atBarrier }));
    const replies = await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.aspirations[0]!.text).toMatch(/^(?:to be )?potty trained$/);
    expect(draft.aspirations[1]!.text).toMatch(/friends$/);
    expect(draft.needs).toEqual([]);
    expect(saidIn(replies)).toContain("I've kept them as separate hopes");
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    // The next words are a hard thing of the first hope.
    await chat.say('she is scared of the toilet flushing');
    const after = (await chat.draft())!;
    expect(after.needs.map((n) => [n.text, n.aspirationIds])).toEqual([['she is scared of the toilet flushing', [draft.aspirations[0]!.id]]]);
  });

  it('a hard thing that says "different things" is kept as a hard thing, and the hope stays whole', async () => {
    ({ chat } = await startWith({ ...MIA('to be potty trained and make friends'), at: atBarrier }));
    await chat.say('she gets upset by different things');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(1);
    expect(draft.needs.map((n) => n.text)).toEqual(['she gets upset by different things']);
  });

  it('a hope that cannot be cut is said so, kept as it was, and nothing is kept as hard', async () => {
    ({ chat } = await startWith({ ...MIA('to be happy at nursery'), at: atBarrier }));
    const replies = await chat.say('those are 2 different things');
    expect(saidIn(replies)).toContain("Sorry, I couldn't split");
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to be happy at nursery']);
    expect(draft.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
