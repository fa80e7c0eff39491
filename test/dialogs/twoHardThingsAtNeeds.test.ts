import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * At "What makes it hard?", "i get distracted loads and my spelling is bad" names two hard things:
 * getting distracted and spelling. Each is a need of its own.
 */

describe('two hard things typed in one message at the needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i get distracted loads and my spelling is bad" is two needs', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Leo',
      age: 15,
      schoolYear: 10,
      hopes: [{ text: 'do well at school', theme: 'learning_and_work', needs: [] }],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('i get distracted loads and my spelling is bad');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i get distracted loads', 'my spelling is bad']);
  });
});
