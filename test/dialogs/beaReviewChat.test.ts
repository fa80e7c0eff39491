import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Bea (11) at the read-back of her plan asks the bot a question about itself ("whats ur favrite
 * cake?"): a short friendly reply and the read-back question again, never the change menu.
 */
function withGoal(d: Draft): Draft {
  const made = startOutcome(d, { statement: 'I will find my way round my new school', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] });
  return updateOutcome(made.draft, made.outcome.id, { timeframe: { phrase: 'by Christmas', date: '2027-12-18' }, measure: 'i get to lessons on time' });
}

const BEA: Seed = {
  today: '2026-12-07',
  name: 'Bea',
  age: 11,
  hopes: [{ text: 'be ok at big school', theme: 'learning_and_work', needs: ['i get lost'] }],
  change: withGoal,
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
};

describe('a question about the bot at the read-back of the plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['whats ur favrite cake?', 'do u like pizza', 'have you got a dog?'])('%j gets a short reply and the same question', async (typed) => {
    ({ chat } = await startWith(BEA));
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/computer program/i);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('leave alone: "change the date" still asks what to change', async () => {
    ({ chat } = await startWith(BEA));
    const replies = saidIn(await chat.say('change the date'));
    expect(replies).not.toMatch(/computer program/i);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('a disclosure beside the question is still heard: %j', async (said) => {
    ({ chat } = await startWith(BEA));
    expect(saidIn(await chat.say(`whats ur favrite cake? ${said}`))).toMatch(CRISIS);
  });
});
