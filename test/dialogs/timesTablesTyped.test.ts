import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* Danielle types what makes school hard for Reece: his tables are times tables, never "tablets" and never a worry. */

describe('times tables typed by a carer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"he took all his tables home to learn and forgot the lot" is kept as the need, with no safety check', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reece', age: 9, schoolYear: 4 }, [{ text: 'I want him to do well at school', theme: 'learning_and_work', needs: [] }], {
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    })));
    await chat.say('he took all his tables home to learn and forgot the lot');
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text)).toEqual(['he took all his tables home to learn and forgot the lot']);
    expect(draft?.flags).toEqual([]);
  });
});
