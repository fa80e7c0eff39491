import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * At "What is one small step?" Lewis typed "get my flat back?" and it was kept as a new hope. A short
 * answer with a question mark at the step is the step, said unsurely: never a new hope.
 */

const FLAT: SeedHope = { text: 'live in my own flat again', theme: 'independent_living', needs: ['I lost my flat when I was ill'] };
const WORK: SeedHope = { text: 'more days at work', theme: 'learning_and_work', needs: ['I get tired'] };

async function atStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Lewis', age: 19, hopes: [FLAT, WORK], at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) });
  return chat;
}

describe('a step said with a question mark', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['get my flat back?', 'pay my rent on time?', 'cook my own tea 3 times a week?', 'maybe go to the housing office?'])('"%s" is the step, never a new hope', async (text) => {
    chat = await atStep();
    const said = saidIn(await chat.say(text));
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(said).not.toMatch(/Dream|new hope|another hope/i);
    const words = text.replace(/\?$/, '').replace(/^maybe /, '');
    const kept = draft.outcomes[0]?.statement ?? '';
    expect(kept.includes(words) || said.includes(words)).toBe(true);
  });
});
