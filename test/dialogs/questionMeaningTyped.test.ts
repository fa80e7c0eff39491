import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* "wat u mean" asks what the question means: it is explained with an example, not answered with every command. */

const CONNOR: Seed = {
  today: '2026-12-02',
  name: 'Connor',
  age: 20,
  hopes: [{ text: 'walk buster more', theme: 'health_and_wellbeing', needs: [] }],
  at: (draft) => ({ stage: 'needs', step: 'needs.barrier', topic: draft.aspirations[0]!.id }),
};
/** Words only the list of commands says. */
const COMMAND_LIST = /show my draft|delete my data/i;

describe('asking what the question means, in easy read', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['wat u mean', 'huh', 'what do u mean by that', 'i dont get it'])('"%s" gets the question explained with an example, and the same question again', async (typed) => {
    ({ chat } = await startWith(CONNOR));
    await chat.say('easy read');
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/for example/i);
    expect(said).not.toMatch(COMMAND_LIST);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"help" still says what they can say as well', async () => {
    ({ chat } = await startWith(CONNOR));
    await chat.say('easy read');
    const said = saidIn(await chat.say('help'));
    expect(said).toMatch(/for example/i);
    expect(said).toMatch(COMMAND_LIST);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
