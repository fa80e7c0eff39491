import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { COOKED, cookDone } from './outcomeSeed';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * The bot began an outcome for a hope the person did not want one for, and they typed "i said no
 * lol. skip this one". The take-back only says why: the rest is a command. This hope is skipped, and
 * the outcome made before keeps its words: nothing is reworded to "skip this one".
 */

const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const SEED: Seed = {
  today: '2026-12-03',
  name: 'Kai',
  age: 16,
  schoolYear: 11,
  hopes: [COOK, JOB],
  change: cookDone,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('a take-back whose rest is a command', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i said no lol. skip this one', 'i said no. next', 'no i said no, move on', 'i didnt mean that. leave it'])(
    'at the step for the next hope, %j skips that hope and rewords nothing',
    async (typed) => {
      let seeded: Draft;
      ({ chat, seeded } = await startWith(SEED));
      await chat.say('yes');
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
      const replies = await chat.say(typed);
      const draft = (await chat.draft())!;
      expect(draft.outcomes.map((o) => o.statement)).toEqual([COOKED]);
      expect(JSON.stringify(draft)).not.toMatch(/skip this one|move on|leave it|"next"/i);
      expect(replies.map((r) => r.text ?? '').join(' ')).not.toContain('as your answer');
      expect(chat.step).not.toBe(Step.outcomeStep);
    },
  );

  it('half-way through the outcome for that hope, "i said no lol. skip this one" reads as "skip this one": the half-made outcome goes, the earlier keeps its words', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('yes');
    await chat.say('I will ask for a saturday job at the corner shop');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('i said no lol. skip this one');
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toContain('skip this one');
    let draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toBe(COOKED);
    expect(draft.outcomes[1]?.statement ?? '').not.toMatch(/skip/i);
    // As "skip this one" alone at this question: whether to leave this outcome out is asked, and a yes leaves it out.
    if (chat.step === Step.outcomeWhen) await chat.say('yes');
    draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([COOKED]);
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });
});
