import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Margaret, at "another outcome?", names the hopes she wants to work on in a long sentence:
 * "I should like to do the friends one and the toileting one, and the swimming if there is time".
 * The first hope named is asked about next; nothing is kept as an outcome's words.
 */
describe('hopes named at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I should like to do the friends one and the toileting one, ..." asks about the friends hope, keeping no outcome', async () => {
    const started = await startWith({
      today: '2026-12-05', who: 'parent_carer' as const, name: 'Ellie-May', age: 6, schoolYear: 1,
      hopes: [
        { text: 'I should like her to talk so that people understand her', theme: null, needs: [] },
        { text: 'to make friends and be invited to tea', theme: null, needs: [] },
        { text: 'to use the toilet on her own', theme: null, needs: [] },
        { text: 'I should like her to learn to swim', theme: null, needs: [] },
      ],
      at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    });
    chat = started.chat;
    await chat.say('I should like to do the friends one and the toileting one, and the swimming if there is time');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});
