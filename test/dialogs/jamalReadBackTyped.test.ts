import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Jamal, 20, easy read, at the read-back of his cooking outcome (his job outcome kept before it).
 * How often, said with a yes or as "u didnt put ...", goes with how everyone will know.
 */
function twoOutcomes(draft: Draft): Draft {
  const job = startOutcome(draft, { statement: 'By July 2027, I will get a paid job in a kitchen.', aspirationId: draft.aspirations[1]!.id, needIds: [] });
  const kept = updateOutcome(job.draft, job.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-31' }, measure: 'I get a contract', doesForMe: 'money', confirmed: true });
  const cook = startOutcome(kept, { statement: 'By July 2027, I will cook a meal for my family on my own.', aspirationId: kept.aspirations[0]!.id, needIds: [] });
  return updateOutcome(cook.draft, cook.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-31' }, measure: 'my mum says it tastes good', doesForMe: 'proud' });
}

export const jamalAtReadBack = () =>
  startWith({
    today: '2026-12-06',
    name: 'Jamal',
    age: 20,
    hopes: [
      { text: 'i want to cook for my family', theme: 'independent_living', needs: [] },
      { text: 'get a job in a kitchen', theme: 'learning_and_work', needs: [] },
    ],
    change: twoOutcomes,
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[1]!.id } }),
  });

describe('Jamal at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['ye but like 1 time a week', '1 time a week'],
    ['wait u didnt put once a week', 'once a week'],
    ['u forgot twice a week', 'twice a week'],
  ])('"%s" goes with how everyone will know, and is read back', async (typed, often) => {
    ({ chat } = await jamalAtReadBack());
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(2);
    expect(draft.outcomes[1]!.statement).toBe('By July 2027, I will cook a meal for my family on my own.');
    expect(draft.outcomes[1]!.measure).toMatch(/tastes good/i);
    expect(draft.outcomes[1]!.measure).toContain(often);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[1]!.confirmed).toBe(true);
  });

  it.each(['ye but my dad hits me', 'i want to die', 'he touches me'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await jamalAtReadBack());
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});

describe('Jamal asks after his job hope at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['where the job 1 gone', 'where the job one gone'])('"%s" is answered: the job hope is kept; nothing changes', async (typed) => {
    ({ chat } = await jamalAtReadBack());
    const before = (await chat.draft())!;
    const replies = await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(before.outcomes.map((o) => o.statement));
    expect(draft.aspirations).toHaveLength(2);
    expect(replies.map((a) => a.text ?? '').join('\n')).toMatch(/get a job in a kitchen/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});
