import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Choosing the hope the next outcome is for by its words, its needs' words or its part of life; a
 * correction ("no, the reading one") re-points and is never kept as a hope or an outcome.
 */
const DINOS = { text: 'learn all about dinosaurs', theme: 'learning_and_work' as const, needs: ['I forget the names'] };
const BOOKS = { text: 'enjoy books more', theme: 'learning_and_work' as const, needs: ['reading makes me tired'] };
const SWIM = { text: 'swim with my friends', theme: 'health_and_wellbeing' as const, needs: ['I am scared of deep water'] };

function swimDone(draft: Draft): Draft {
  const swim = draft.aspirations[2]!;
  const started = startOutcome(draft, { statement: 'By July 2027, I will swim a width of the pool.', aspirationId: swim.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'my coach sees me', confirmed: true });
}

const seed = (at: 'another' | 'step'): Seed => ({
  today: '2026-12-02',
  name: 'Ruby',
  age: 10,
  schoolYear: 5,
  hopes: [DINOS, BOOKS, SWIM],
  change: swimDone,
  at: (d) => (at === 'another' ? { stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[2]!.id } : { stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id, data: {} }),
});

describe('which hope the next outcome is for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Yes please, one about reading', 'yeah the one for my books hope'])('"%s" at "another outcome?" asks the step for the reading hope', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(seed('another')));
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it.each(['no, the reading one', 'no i meant the one about reading', 'not that one, the books one'])(
    '"%s" at the step question re-points to the reading hope and keeps nothing',
    async (typed) => {
      let seeded: Draft;
      ({ chat, seeded } = await startWith(seed('step')));
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
      const draft = (await chat.draft())!;
      expect(draft.aspirations).toHaveLength(3);
      expect(draft.outcomes).toHaveLength(1);
      expect(JSON.stringify(draft)).not.toMatch(/reading one|meant|books one/);
    },
  );
});

// "number 3" when only two hopes are listed: a kind "there are only 2", and the same choices again.
describe('a number past the end of the "which hope next?" list', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['number 3', '3', 'the third one'])('"%s" with two hopes listed says there are only 2 and asks again', async (typed) => {
    ({ chat } = await startWith(seed('another')));
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    const listed = chat.lastQuestion?.activity.text ?? '';
    expect(listed).toMatch(/1: .*\n\n2: /s);
    const replies = await chat.say(typed);
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toMatch(/only 2/);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(chat.lastQuestion?.activity.text).toBe(listed);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });
});

// "cba with the stress one" at "which hope next?": that hope is skipped, and the others are offered.
describe('a hope turned down at "which hope next?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['cba with the dinosaurs one', 'not the dinosaurs one', 'skip the dinosaurs one'])('"%s" skips that hope', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(seed('another')));
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say(typed);
    // The only other hope left is asked about at once.
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });
});
