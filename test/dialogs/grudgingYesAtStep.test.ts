import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "fine ill do it again" at "what is one step towards this hope?": a grudging yes to a question
 * asked again. It says no step: nothing is kept, and the question is asked again kindly.
 */

const standard = createWords().forMode('standard');
const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const SEED: Seed = { today: '2026-12-03', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK] };

describe('a grudging yes at the step question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['fine ill do it again', "ok I'll do it again", 'ugh fine. ill try again'])('%j keeps no step and asks again kindly', async (typed) => {
    ({ chat } = await startWith(SEED));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say(typed);
    expect((await chat.draft())!.outcomes).toEqual([]);
    expect(chat.step).toBe(Step.outcomeStep);
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect(said).toContain(standard('outcome:bare.again', { example: '' }).split('.')[0]!);
    // Then the step they type is kept as it is.
    await chat.say('I will make beans on toast on my own');
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual([expect.stringMatching(/beans on toast/)]);
  });

  it('after a first step was kept, "fine ill do it again" at "what could it lead to?" keeps neither a step nor an outcome', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('next week ask mum to show me the oven');
    const before = await chat.draft();
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('fine ill do it again');
    const after = (await chat.draft())!;
    expect(after.outcomes).toEqual(before!.outcomes);
    expect(JSON.stringify(after)).not.toMatch(/do it again/);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
