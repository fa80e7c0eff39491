import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "wait the mum thing isnt a hope lol take that out": the hope with "mum" in it is found and offered to take out. */
describe('a hope named by one word of it, said not to be a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([Step.hopesMore, Step.hopesTheme, Step.needsBarrier])('"wait the mum thing isnt a hope lol take that out" at %s offers to take out the mum hope', async (step) => {
    ({ chat } = await startWith({
      today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11,
      hopes: [
        { text: 'go college for barbering', theme: 'learning_and_work', needs: [] },
        { text: "That's what mum wants anyway", theme: null, needs: [] },
      ],
      at: (d) => ({ stage: step === Step.needsBarrier ? 'needs' : 'hopes', step, topic: step === Step.needsBarrier ? d.aspirations[0]!.id : undefined }),
    }));
    const replies = await chat.say('wait the mum thing isnt a hope lol take that out');
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect(said).toContain("That's what mum wants anyway");
    expect(said).not.toMatch(/which part you mean/);
  });
});
