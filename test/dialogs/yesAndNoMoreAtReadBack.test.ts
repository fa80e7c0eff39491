import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "yes thats right. and no more for the flat hope" at an outcome's read-back: saved, and no more goals for that hope. */

function shown(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By July 2027, I will choose my own PAs.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { inTheirWords: 'choose my own PAs', timeframe: { phrase: 'by July 2027', date: '2027-07-31' }, measure: 'I have met 3 PAs', doesForMe: 'I feel in charge' });
}

describe('a yes and "no more for the flat hope" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('saves the goal and asks nothing more for the flat', async () => {
    ({ chat } = await startWith({
      today: '2026-12-03', name: 'Tilly', age: 22,
      hopes: [
        { text: 'I want my own adapted flat with PAs', theme: 'independent_living', needs: [] },
        { text: 'going out with my mates without my mum', theme: 'friends_and_community', needs: [] },
      ],
      change: shown,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
    }));
    const flat = (await chat.draft())!.aspirations[0]!.id;
    await chat.say('yes thats right. and no more for the flat hope');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]?.confirmed).toBe(true);
    expect(chat.step).not.toBe(Step.outcomeConfirm);
    expect(chat.step === Step.outcomeStep && chat.lastQuestion?.topic === flat).toBe(false);
  });
});
