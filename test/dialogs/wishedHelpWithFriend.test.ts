import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jess, 16, at "What already helps you?": "maybe if my friend amy came with me" is help she would
 * like, not help that works now.
 */

const ART = { text: 'go to art college', theme: 'learning_and_work' as const, needs: ['i get really anxious in new places'] };

describe('help wished for, said with "if"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['maybe if my friend amy came with me', 'if the teacher gave me the work first'])('"%s" is help she would like, and what helps now is asked', async (typed) => {
    ({ chat } = await startWith({
      today: '2026-12-03', name: 'Jess', age: 16, hopes: [ART],
      at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
    }));
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/help you would like/);
    expect(replies).not.toMatch(/good to know what works/);
    expect(chat.step).toBe(Step.needsHelps);
  });
});
