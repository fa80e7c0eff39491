import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "Where is my money hope? I told you about it. You lost it." at a needs question: the hopes are shown, nothing is kept as hard. */

const JOB: SeedHope = { text: 'A paid job in a warehouse', theme: 'learning_and_work', needs: [] };
const HOUSE: SeedHope = { text: 'to live in a shared house with my friends one day', theme: 'independent_living', needs: [] };

async function atNeeds(hopes: SeedHope[], on: number): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Tariq', age: 19, hopes, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[on]!.id }) });
  return chat;
}

describe('a question about a missing hope at the needs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Where is my money hope? I told you about it. You lost it." shows the paid job hope and keeps nothing', async () => {
    chat = await atNeeds([JOB, HOUSE], 1);
    const replies = await chat.say('Where is my money hope? I told you about it. You lost it.');
    const draft = (await chat.draft())!;
    expect(draft.needs).toHaveLength(0);
    expect(draft.aspirations).toHaveLength(2);
    expect(saidIn(replies)).toContain('A paid job in a warehouse');
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"where is my driving hope?" with no such hope: the hopes are shown and adding one is offered', async () => {
    chat = await atNeeds([HOUSE], 0);
    const replies = await chat.say('where is my driving hope?');
    const draft = (await chat.draft())!;
    expect(draft.needs).toHaveLength(0);
    expect(saidIn(replies)).toContain('shared house');
    expect(saidIn(replies)).toMatch(/add another hope/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  // "the other thing is ..." at what makes a hope hard answers the question; it never asks after a hope.
  it.each(['The other thing is noise.', 'Reading is the other thing', 'the second one is noise'])('"%s" at what makes it hard is kept as a hard thing', async (typed) => {
    chat = await atNeeds([JOB, HOUSE], 1);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text).join(' | ')).toMatch(/noise|reading/i);
    expect(draft.aspirations).toHaveLength(2);
  });

  it('"the other hope was living with my friends" at what makes it hard still asks after that hope', async () => {
    chat = await atNeeds([JOB], 0);
    const replies = await chat.say('the other hope was living with my friends');
    expect((await chat.draft())!.needs).toHaveLength(0);
    expect(saidIn(replies)).toMatch(/add another hope/);
  });
});
