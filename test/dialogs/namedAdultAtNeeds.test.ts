import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* At a needs question, "the man on the bus puts his hand on my knee" is told at once, as at "Do you feel safe?". */

const jess = () =>
  startWith({
    today: '2026-12-07',
    name: 'Jess',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'I want to go to college to do art', theme: 'learning_and_work', needs: [] }],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
  });

describe('a named adult at a needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [typed, category] of [
    ['the man on the bus puts his hand on my knee', 'sexual_abuse'],
    ['the man next door waits for me after school', 'harm_from_others'],
  ] as const) {
    it(`"${typed}" is flagged as ${category}`, async () => {
      ({ chat } = await jess());
      await chat.say(typed);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags.map((f) => f.category)).toEqual([category]);
    });
  }

  it('"the taxi driver waits for me" is a need, not a flag', async () => {
    ({ chat } = await jess());
    await chat.say('the taxi driver waits for me');
    expect((await chat.draft())!.flags).toEqual([]);
  });
});
