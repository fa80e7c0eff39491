import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Jamal, 20, easy read: his cooking outcome is kept, and while the chat goes on he asks for it to
 * change in his own way ("i want cookin 1 changed"). That outcome is opened to change; never "let
 * us move on", never a new outcome.
 */
function cookingKept(draft: Draft): Draft {
  const cook = startOutcome(draft, { statement: 'By July 2027, I will cook a meal for my family on my own.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(cook.draft, cook.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-31' }, measure: 'my mum says it tastes good', doesForMe: 'proud', confirmed: true });
}

const jamal = (step: StepId, hope: number) =>
  startWith({
    today: '2026-12-06',
    name: 'Jamal',
    age: 20,
    hopes: [
      { text: 'i want to cook for my family', theme: 'independent_living', needs: [] },
      { text: 'get a job in a kitchen', theme: 'learning_and_work', needs: [] },
    ],
    change: cookingKept,
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'outcomes', step, topic: d.aspirations[hope]!.id }),
  });

describe('Jamal asks to change his cooking outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeAnother, 0],
    [Step.outcomeStep, 1],
  ])('"huh. i want cookin 1 changed" at %s opens the cooking outcome to change', async (step, hope) => {
    ({ chat } = await jamal(step, hope));
    const seeded = (await chat.draft())!;
    await chat.say('huh. i want cookin 1 changed');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[0]!.id);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    await chat.say('I will cook a meal for my family every sunday');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/every sunday/i);
  });

  it.each(['i want my dad to stop hitting me', 'i want to die'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await jamal(Step.outcomeAnother, 0));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
