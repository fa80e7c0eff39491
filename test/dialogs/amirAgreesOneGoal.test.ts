import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Amir, 20, in easy read, at the read-back of his plan: his shelves goal is agreed, his bus goal is
 * not yet. "yes stack shelves is ok" agrees that one goal only; the plan is not finished until he
 * says yes to all of it.
 */

function withGoals(d: Draft): Draft {
  const when = { phrase: 'in a year', date: '2027-12-06' };
  const shelves = startOutcome(d, { statement: 'I will stack shelves in a shop', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] });
  let draft = updateOutcome(shelves.draft, shelves.outcome.id, { timeframe: when, measure: 'my boss says good' });
  const bus = startOutcome(draft, { statement: 'I will get the bus to college on my own', aspirationId: d.aspirations[1]!.id, needIds: [d.needs[1]!.id] });
  draft = updateOutcome(bus.draft, bus.outcome.id, { timeframe: when, measure: 'my mum sees me' });
  return draft;
}

const amir = (data?: Record<string, string>): Seed => ({
  today: '2026-12-06',
  name: 'Amir',
  age: 20,
  hopes: [
    { text: 'get a job', theme: 'learning_and_work', needs: ['reading'] },
    { text: 'travel on my own', theme: 'independent_living', needs: ['i get lost'] },
  ],
  journey: { mode: ReadingMode.easyRead },
  change: withGoals,
  at: () => ({ stage: 'review', step: Step.reviewSummary, ...(data ? { data } : {}) }),
});

describe('a yes to one goal at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [where, data] of [['the short read-back', undefined], ['the last hope read back', { part: '1' }], ['the first hope read back', { part: '0' }]] as const) {
    it.each(['yes stack shelves is ok', 'shelves one is fine', 'yeah stack shelves'])(`%j at ${where} agrees that goal only`, async (typed) => {
      ({ chat } = await startWith(amir(data)));
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/agreed "I will stack shelves in a shop"/);
      expect(chat.step).toBe(Step.reviewSummary);
      const draft = (await chat.draft())!;
      expect(draft.outcomes.map((o) => o.confirmed)).toEqual([true, false]);
      expect(draft.status).not.toBe('ready_for_review');
    });
  }

  it('a yes to all of it afterwards finishes the plan', async () => {
    ({ chat } = await startWith(amir()));
    await chat.say('yes stack shelves is ok');
    await chat.say('yes its all ok');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });
});
