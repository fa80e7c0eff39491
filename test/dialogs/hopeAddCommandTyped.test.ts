import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A 15-year-old in easy read types the add-a-hope command with the hope after it, fast and in
 * lowercase: "add a hope: not be tired in lessons". The hope is what follows the command; it is
 * asked about like any other hope, and "do the sleep one" later picks it.
 */

const JOB: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: [] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: [] };

async function at(stage: 'hopes' | 'needs' | 'outcomes', step: StepId) {
  return startWith({
    today: '2026-12-03', age: 15, schoolYear: 10, hopes: [JOB, FRIENDS],
    journey: { mode: 'easy_read', history: [{ stage: 'hopes', step: 'hopes.more' }] },
    at: (d) => ({ stage, step, ...(stage === 'hopes' ? {} : { topic: d.aspirations[0]!.id }) }),
  });
}
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('the add-a-hope command typed with the hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"add a hope: not be tired in lessons" at what is hard keeps the hope, goes back, and asks about it in turn', async () => {
    ({ chat } = await at('needs', Step.needsBarrier));
    const replies = saidIn(await chat.say('add a hope: not be tired in lessons'));
    expect(await hopesOf(chat)).toEqual(['be a mechanic', 'have more friends', 'not be tired in lessons']);
    expect(replies).not.toMatch(/other parts of life/i);
    expect(replies).toMatch(/go back/i);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    await chat.say('nothing');
    await chat.say('nothing');
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[2]!.id);
    expect(chat.lastQuestion?.activity.text).toMatch(/not be tired in lessons/);
  });

  it.each([
    ['add hope - not be tired in lessons'],
    ['new hope not be tired in lessons'],
    ['can i add not be tired in lessons as a hope'],
    ['pls add a new dream: not be tired in lessons'],
  ])('%j keeps "not be tired in lessons" as a hope', async (typed) => {
    ({ chat } = await at('needs', Step.needsBarrier));
    await chat.say(typed);
    expect(await hopesOf(chat)).toEqual(['be a mechanic', 'have more friends', 'not be tired in lessons']);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"add a hope: not be tired in lessons" at "another hope?" keeps only the hope', async () => {
    ({ chat } = await at('hopes', Step.hopesMore));
    await chat.say('add a hope: not be tired in lessons');
    expect(await hopesOf(chat)).toEqual(['be a mechanic', 'have more friends', 'not be tired in lessons']);
  });

  it('added at "one more goal?", then "do the sleep one" makes a goal for that hope', async () => {
    ({ chat } = await at('outcomes', Step.outcomeAnother));
    expect(saidIn(await chat.say('add a hope: not be tired in lessons'))).not.toMatch(/other parts of life/i);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('do the sleep one');
    const tired = (await chat.draft())!.aspirations[2]!;
    expect(tired.text).toBe('not be tired in lessons');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(tired.id);
  });

  it('"add more time" at what is hard is no hope', async () => {
    ({ chat } = await at('needs', Step.needsBarrier));
    await chat.say('add more time');
    expect(await hopesOf(chat)).toEqual(['be a mechanic', 'have more friends']);
  });

  it('a disclosure typed as a hope is still heard', async () => {
    ({ chat } = await at('needs', Step.needsBarrier));
    await chat.say('add a hope: my dad hits me');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
