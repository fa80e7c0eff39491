import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * At an outcome's read-back, after the measure was put right and new words were asked for:
 * "None. Please show me the whole outcome" reads it all back; "Yes, that's right." and "I do not
 * want to change anything else" confirm and save it. None of these is ever the outcome's new words.
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const hopes = [{ text: 'go to university to study history', theme: 'learning_and_work' as const, needs: [] }];
const STATEMENT = 'By July 2027, I will read two history books a term.';
const withOpen = (d: Draft): Draft => {
  const s = startOutcome(d, { statement: STATEMENT, aspirationId: d.aspirations[0]!.id, needIds: [] });
  return updateOutcome(s.draft, s.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my tutor checks my reading log', doesForMe: 'I feel ready' });
};
const atConfirm = (rewording: boolean) =>
  startWith({ ...suki, hopes, change: withOpen, at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id, ...(rewording ? { rewording: '1' } : {}) } }) });

describe('done changing at an outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([true, false])('"None. Please show me the whole outcome" reads the whole outcome back (asked for new words: %s)', async (rewording) => {
    ({ chat } = await atConfirm(rewording));
    const replies = await chat.say('None. Please show me the whole outcome');
    expect(saidIn(replies)).toMatch(/two history books/);
    expect(saidIn(replies)).toMatch(/reading log/);
    expect(saidIn(replies)).not.toMatch(/type it the way/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(STATEMENT);
    expect(outcome.confirmed).toBe(false);
  });

  it.each(["Yes, that's right.", 'I do not want to change anything else'])('%j after new words were asked for confirms and saves', async (typed) => {
    ({ chat } = await atConfirm(true));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toMatch(/two history books/);
    expect(chat.step).toBe(Step.outcomeAnother);
  });

  it('"I do not want to change anything else. My dad hits me." is still heard', async () => {
    ({ chat } = await atConfirm(true));
    expect(saidIn(await chat.say('I do not want to change anything else. My dad hits me.'))).toMatch(CRISIS);
  });
});
