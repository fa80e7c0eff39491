import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { updateOutcome, type Draft } from '../../src/domain/draft';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';
import { summaryQuestion } from '../../dialogs/reviewSummary';
import type { JourneySession } from '../../dialogs/session';
import { createWords } from '../../src/i18n';
import { addAspiration, createDraft } from '../../src/domain/draft';
import { confirmedOutcome } from './reviewSeed';

/*
 * Kerry's goal "I will work in a cafe" has a first step, "do work experiance in a cafe". The easy-read
 * review shows it with its goal, and "wheres the work experiance bit" is answered with the step quoted.
 */
const withStep = (draft: Draft): Draft => {
  const { draft: next, id } = confirmedOutcome(draft, 0, 'I will work in a cafe', { timeframe: { phrase: 'in a year', date: '2027-12-07' }, measure: 'I get paid' });
  return updateOutcome(next, id, { steps: [{ text: 'do work experiance in a cafe', timeframe: { phrase: 'after crismas', date: '2027-01-10' } }] });
};

describe('a goal\'s first step at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"wheres the work experiance bit" is answered with the step quoted', async () => {
    ({ chat } = await startWith({
      today: '2026-12-07', name: 'Kerry', age: 20,
      hopes: [{ text: 'work in a cafe', theme: 'learning_and_work', needs: ['the money bit'] }],
      change: withStep,
      at: () => ({ stage: 'review', step: Step.reviewSummary, data: { part: '0' } }),
      journey: { mode: ReadingMode.easyRead },
    }));
    const replies = saidIn(await chat.say('wheres the work experiance bit'));
    expect(replies).toMatch(/first step/i);
    expect(replies).toMatch(/do work experiance in a cafe/);
  }, 60_000);
});

describe('the easy-read card of a hope', () => {
  it('shows the first step of its goal', () => {
    const { draft } = addAspiration(createDraft(), 'work in a cafe', 'learning_and_work');
    const session = { mode: ReadingMode.easyRead, t: createWords().forMode(ReadingMode.easyRead) } as unknown as JourneySession;
    const question = summaryQuestion(session, withStep(draft), { stage: 'review', step: Step.reviewSummary, data: { part: '0' } }, [], () => undefined);
    const card = JSON.stringify(question.attachments);
    expect(card).toMatch(/First step/);
    expect(card).toMatch(/do work experiance in a cafe/);
  });
});
