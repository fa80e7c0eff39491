import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Bea, 11, asks the bot about itself: "are u a robot?? do u hav a name". Each question gets a plain
 * answer (a computer program, called Outcomes Bot), then the open question again; nothing is kept.
 */

const seed: Seed = {
  today: '2026-12-02', name: 'Bea', age: 11, schoolYear: 6,
  hopes: [{ text: 'to be a vet', theme: 'learning_and_work', needs: [] }],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('questions to the bot about itself', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['are u a robot?? do u hav a name', /computer program[\s\S]*called Outcomes Bot/],
    ['whats ur name?', /called Outcomes Bot/],
    ['r u a bot. what are you called lol', /computer program[\s\S]*called Outcomes Bot/],
  ])('"%s" is answered, then the same question', async (typed, answer) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/important question|key worker/i);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"my dog has a name its biscuit" is not a question to the bot', async () => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('my dog has a name its biscuit'));
    expect(said).not.toMatch(/Outcomes Bot/);
  });
});
