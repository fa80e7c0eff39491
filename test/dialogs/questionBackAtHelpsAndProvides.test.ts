import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * "Provide for whom?" at what an outcome would provide and "With which part?" at what already helps:
 * a literal reader's question back gets a short explanation and the same question again; nothing kept.
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const hopes = [{ text: 'go to university to study history', theme: 'learning_and_work' as const, needs: ['loud places are hard'] }];
const withOpen = (d: Draft): Draft => {
  const s = startOutcome(d, { statement: 'I will read two history books a term.', aspirationId: d.aspirations[0]!.id, needIds: [] });
  return updateOutcome(s.draft, s.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my tutor checks my reading log', doesForMe: 'I feel ready' });
};

describe('a question back at what helps and what an outcome provides', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Provide for whom?": explained, the same question again, nothing kept', async () => {
    ({ chat } = await startWith({ ...suki, hopes, change: withOpen, at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }) }));
    const replies = await chat.say('Provide for whom?');
    expect(saidIn(replies)).toMatch(/help would you need/i);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('"With which part?": explained (never "either one"), the same question again, nothing kept', async () => {
    ({ chat } = await startWith({ ...suki, hopes, at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('With which part?');
    expect(saidIn(replies)).not.toMatch(/either one/i);
    expect(saidIn(replies)).toMatch(/help/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.helps ?? '')).toEqual(['']);
  });

  it('"Provide for whom? my dad hits me" is still heard', async () => {
    ({ chat } = await startWith({ ...suki, hopes, change: withOpen, at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }) }));
    expect(saidIn(await chat.say('Provide for whom? my dad hits me'))).toMatch(CRISIS);
  });
});
