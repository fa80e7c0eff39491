import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Freya at "what would it do for you?": "less tired and less grumpy. mum says im a nightmare in the
 * mornings" is what it would do for her; "mum says" beside a feeling is no measure.
 */

const FREYA: Seed = {
  today: '2026-12-07',
  name: 'Freya',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'sleep better', theme: 'health_and_wellbeing', needs: ['my brain just goes and goes'] }],
  change: (d) => startOutcome(d, { statement: 'I will put my phone in the kitchen at 11', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] }).draft,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeDoesForMe, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
};

describe('a feeling with "mum says" at "what would it do for you?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"less tired and less grumpy. mum says im a nightmare in the mornings" is kept as what it would do', async () => {
    ({ chat } = await startWith(FREYA));
    await chat.say('less tired and less grumpy. mum says im a nightmare in the mornings');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toMatch(/less tired and less grumpy/);
    expect(outcome.measure ?? '').not.toMatch(/grumpy/);
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
  });

  it('"my mum would say i went to bed on time" is still kept as how everyone will know', async () => {
    ({ chat } = await startWith(FREYA));
    await chat.say('my mum would say i went to bed on time');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toMatch(/went to bed on time/);
  });
});
