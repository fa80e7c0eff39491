import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * Jordan (22, easy read) at "add one more goal?" types very little: "dun", "no dun now", "thats all"
 * end the goals (after the one nudge towards three), and one word that names a hard thing of a hope
 * ("money", "cooking") picks that hope and asks for its goal; never kept as a goal itself.
 */
function jobDone(draft: Draft): Draft {
  const job = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2027, I will get a paid job in a shop.', aspirationId: job.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'i get paid', confirmed: true });
}
const JORDAN: Seed = {
  today: '2026-12-04',
  name: 'Jordan',
  age: 22,
  hopes: [
    { text: 'get a paid job', theme: 'learning_and_work', needs: ['never had job'] },
    { text: 'live in my own flat', theme: 'independent_living', needs: ['money is hard', 'i cant cook'] },
  ],
  change: jobDone,
  at: atOutcome(Step.outcomeAnother),
};

describe('short answers at "add one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  // "thats all" may mean no more for this hope only (Leon): it is asked about the hopes left once (anotherScopeNamed.test.ts).
  it.each(['dun', 'no dun now'])('"%s" says they are done: the goals end at once, with no nudge', async (typed) => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('easy read');
    expect(saidIn(await chat.say(typed))).not.toMatch(/Shall we do one more\?/);
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it.each(['nah', 'no'])('"%s" is a no: after the one nudge, typed again it ends the goals', async (typed) => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('easy read');
    expect(saidIn(await chat.say(typed))).toMatch(/Shall we do one more\?/);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it.each(['money', 'cooking'])('"%s" picks the flat hope, whose hard things it names, and asks for its goal', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(JORDAN));
    await chat.say('easy read');
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`"${typed}"`);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('a word that names no hope is still asked again, never a goal', async () => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('easy read');
    await chat.say('banana');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });
});
