import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "no thats enough for uni" at "add another outcome?": a no, never an outcome about "enough". */

const HOPES: SeedHope[] = [{ text: 'go to uni', theme: 'learning_and_work', needs: [] }];
const zara = {
  today: '2026-12-03',
  name: 'Zara',
  age: 17,
  schoolYear: 12,
  hopes: HOPES,
  change: (d: Parameters<typeof startOutcome>[0]) => startOutcome(d, { statement: 'I will visit two unis by July', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('enough said at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no thats enough for uni', 'thats enough for that one', 'nah im good for that', 'enough now'])('"%s" is a no: no new outcome is started', async (typed) => {
    chat = (await startWith(zara)).chat;
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['I will visit two unis by July']);
  });
});
