import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * "Would you like to add another outcome?" answered "yes, toilet please. is big thing for us": a
 * thing to work on, named in a word or two. The step is asked for it; the words never become an
 * outcome such as "Maisie will toilet please".
 */

const SEED: Seed = parentSeed({ name: 'Maisie', age: 5, schoolYear: 0 }, [
  { text: 'I hope she will talk more', theme: 'learning_and_work', needs: ['she has few words'] },
  { text: 'to make a friend', theme: 'friends_and_community', needs: ['other children do not understand her signs'] },
  { text: 'to do more things for herself', theme: 'independent_living', needs: ['she is not toilet trained yet'] },
]);

async function firstOutcome(chat: Transcript): Promise<void> {
  for (const m of ['say 10 new words and sign for drink', 'by july', 'her teacher counts her words each week', 'she would be proud', 'ask for things at snack time', 'speech therapy every 2 weeks']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  await chat.say('yes');
  expect(chat.step).toBe(Step.outcomeAnother);
}

describe('a thing to work on, named after "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes, toilet please. is big thing for us', 'yeah toilet training'])('"%s" asks for the step about it, and stores nothing yet', async (typed) => {
    ({ chat } = await startWith(SEED));
    await firstOutcome(chat);
    const reply = said(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(reply).toMatch(/What would you like Maisie to be able to do about "toilet/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    await chat.say('sit on the toilet when an adult takes her');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/sit on the toilet/);
    expect(outcomes[1]!.aspirationId).toBe((await chat.draft())!.aspirations[2]!.id);
    expect(outcomes.map((o) => o.statement).join(' ')).not.toMatch(/please|big thing/);
  });

  it('a step said with the yes is still the step', async () => {
    ({ chat } = await startWith(SEED));
    await firstOutcome(chat);
    await chat.say('yes, play with one other child at playtime');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/play with one other child/);
  });
});
