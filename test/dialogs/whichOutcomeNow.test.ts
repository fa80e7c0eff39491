import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type Seed } from './journeySeed';

/*
 * A dad loses his place at an outcome's questions ("hang on which one are we on now"). He is told
 * which hope and which step this outcome is for, and the same question is asked again.
 */
const LUNCH = { text: 'eat his lunch in the hall', theme: 'health_and_wellbeing' as const, needs: ['the hall is too loud'] };

const seed = (step: StepId): Seed =>
  parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, [LUNCH], { at: (d) => ({ stage: 'outcomes', step, topic: d.aspirations[0]!.id, data: {} }) });

describe('which outcome is this, at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what outcome is this for', 'hang on which one are we on now', 'which outcome is this', 'what is this for'])(
    '"%s" at "by when" names the hope and the step, then asks "by when" again',
    async (typed) => {
      ({ chat } = await startWith(seed(Step.outcomeStep)));
      await chat.say('sit in the hall for ten minutes');
      expect(chat.step).toBe(Step.outcomeWhen);
      const replies = await chat.say(typed);
      const words = replies.map((a) => a.text ?? '').join('\n');
      expect(words).toMatch(/eat his lunch in the hall/);
      expect(words).toMatch(/sit in the hall for ten minutes/);
      expect(words).not.toMatch(/move on/i);
      expect(chat.step).toBe(Step.outcomeWhen);
      expect(JSON.stringify(await chat.draft())).not.toMatch(/which one|outcome is this|this for/);
    },
  );

  it('at the step question, after "does the school have to do it", says no step is written yet and never moves on', async () => {
    ({ chat } = await startWith(seed(Step.outcomeStep)));
    await chat.say('what happens to this after. does the school actually have to do it');
    expect(chat.step).toBe(Step.outcomeStep);
    for (const typed of ['what outcome is this for', 'hang on which one are we on now']) {
      const words = (await chat.say(typed)).map((a) => a.text ?? '').join('\n');
      expect(words).toMatch(/"eat his lunch in the hall"/);
      expect(words).toMatch(/haven't written a step/);
      expect(words).not.toMatch(/move on/i);
      expect(chat.step).toBe(Step.outcomeStep);
    }
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it('after a reply "by when" could not read, "what outcome is this for" twice never moves on', async () => {
    ({ chat } = await startWith(seed(Step.outcomeStep)));
    await chat.say('sit in the hall for ten minutes');
    await chat.say('the hall one');
    for (let i = 0; i < 2; i++) {
      const words = (await chat.say('what outcome is this for')).map((a) => a.text ?? '').join('\n');
      expect(words).toMatch(/"sit in the hall for ten minutes"/);
      expect(words).not.toMatch(/move on/i);
      expect(chat.step).toBe(Step.outcomeWhen);
    }
  });
});
