import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father with simple English asks "How the school get this plan? I must print it?". He gets a
 * true plain answer (a copy to download at the end, to print or email; sharing with a key worker
 * who gave a code) and the open question again; his question is never kept as an answer.
 */

const HOPES = [{ text: 'one day he can cross the road safe', theme: 'independent_living' as const, needs: ['he run and not look at cars'] }];
const AT_HELPS: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, HOPES, { at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) });
const AT_STEP: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, HOPES);

describe('how the plan gets to the school', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['what helps', AT_HELPS, Step.needsHelps],
    ['the outcome step', AT_STEP, Step.outcomeStep],
  ])('asked at %s, it is answered and the question asked again', async (_where, seed, step) => {
    ({ chat } = await startWith(seed));
    const before = (await chat.draft())!;
    const reply = said(await chat.say('How the school get this plan? I must print it?'));
    expect(reply).toMatch(/download/i);
    expect(reply).toMatch(/print/i);
    expect(reply).not.toMatch(/missed your question|What would you like to ask|didn't catch/i);
    expect(chat.step).toBe(step);
    const after = (await chat.draft())!;
    expect(after.needs).toEqual(before.needs);
    expect(after.outcomes).toHaveLength(0);
  });
});
