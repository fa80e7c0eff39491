import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "ye kinda but the job is sooner than sept i said asap" at the read-back: never a plain yes; the date is asked again. */

function atReadBack(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By September 2027, I will get a job in a barber shop.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'September', date: '2027-09-30' }, measure: 'I get paid', doesForMe: 'money' });
}

describe('a time said to be too late, at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ye kinda but the job is sooner than sept i said asap" is not saved: "by when?" is asked', async () => {
    ({ chat } = await startWith({
      today: '2026-12-04', name: 'Kai', age: 16, schoolYear: 11,
      hopes: [{ text: 'get a job in a barber shop', theme: 'learning_and_work', needs: ['i get nervous'] }],
      change: atReadBack,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
    }));
    await chat.say('ye kinda but the job is sooner than sept i said asap');
    expect((await chat.draft())!.outcomes[0]!.confirmed).not.toBe(true);
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
