import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * At "by when?" a careful writer names today to explain the date: "In 6 months. That is the
 * beginning of June 2027, if today is the 6th of December." Today is never the date wanted: the
 * time they want counts ("in 6 months", June 2027).
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const hopes = [{ text: 'go to university to study history', theme: 'learning_and_work' as const, needs: [] }];
const withStep = (d: Draft): Draft => startOutcome(d, { statement: 'I will read two history books a term.', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft;
const atWhen = () => startWith({ ...suki, hopes, change: withStep, at: (d) => ({ stage: 'outcomes', step: Step.outcomeWhen, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }) });

describe('today named beside the date at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'In 6 months. That is the beginning of June 2027, if today is the 6th of December.',
    'No. The 6th of December is today. The date I want is June 2027.',
  ])('%j: the date is June 2027, never today', async (typed) => {
    ({ chat } = await atWhen());
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/quite soon/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toMatch(/^2027-06/);
    expect(outcome.timeframe?.phrase).not.toMatch(/december/i);
  });

  it('"In 6 months, if today is the 6th of December. My dad hits me." is still heard', async () => {
    ({ chat } = await atWhen());
    expect(saidIn(await chat.say('In 6 months, if today is the 6th of December. My dad hits me.'))).toMatch(CRISIS);
  });
});
