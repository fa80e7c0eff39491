import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* "they hate me" at a needs question: "Are you OK?" first, never 999 at once; "not really" then flags bullying. */

const standard = createWords().forMode('standard');
const jess = () =>
  startWith({
    today: '2026-12-07',
    name: 'Jess',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'I want to go to college to do art', theme: 'learning_and_work', needs: [] }],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
  });

describe('"they hate me" at a needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is asked after gently, then flagged as bullying after "not really"', async () => {
    ({ chat } = await jess());
    const asked = saidIn(await chat.say('they hate me'));
    expect(asked).toContain(standard('safeguarding:gentle.question'));
    expect(asked).not.toMatch(/999/);
    await chat.say('not really');
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['bullying']);
  });
});
