import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Ryan (15) answered "what would it do for you?" with the help he needs, then at "what would it make
 * possible?" typed "wait no i read the last one wrong. it would make me feel proud": the answer before
 * is put right with the words after the correction, never with "i read the last one wrong" in it, and
 * the open question is asked again.
 */
function courseStarted(draft: Draft): Draft {
  const hope = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'I will get on the plumbing course at college.', aspirationId: hope.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'september after yr 11', date: '2028-09-30' }, measure: 'i get the letter saying im in' });
}
const RYAN: Seed = {
  today: '2026-12-07',
  name: 'Ryan',
  age: 15,
  hopes: [{ text: 'be a plumber', theme: 'learning_and_work', needs: ['my grades are bad'] }],
  change: courseStarted,
  at: atOutcome(Step.outcomeDoesForMe, { outcome: 0 }),
};

describe('"i read the last one wrong" at the question after', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['wait no i read the last one wrong. it would make me feel proud. like i can actually do somethin', 'it would make me feel proud'],
    ['i answered the last one wrong, it would make me feel proud', 'it would make me feel proud'],
    ['oh i got the previous question wrong. id feel proud', 'id feel proud'],
  ])('%j puts right what it would do for them and asks what it makes possible again', async (typed, meant) => {
    ({ chat } = await startWith(RYAN));
    await chat.say('me and my mate would go together');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/read the last one wrong|answered the last one|previous question/i);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toContain(meant);
    expect(outcome.doesForMe).not.toMatch(/wrong|mate would go/);
    expect(outcome.makesPossible ?? '').toBe('');
  });
});
