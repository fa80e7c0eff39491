import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * When the help inside a step is taken out of the outcome, the read-back says where it went; a
 * remark that a part was cut off is answered by saying where that part is, not by asking again.
 */

const DRIVE: SeedHope = { text: 'learn to drive', theme: 'independent_living', needs: ['I have dyspraxia'] };

async function atTheStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Leo', age: 16, schoolYear: 12, hopes: [DRIVE] });
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('help taken out of a step is named where it went', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the read-back names the help kept apart', async () => {
    chat = await atTheStep();
    const said = saidIn(await chat.say('pass my theory test and have some lessons with an instructor who gets dyspraxia'));
    expect(said).toMatch(/kept "an instructor who gets dyspraxia" as help/i);
    const followUp = saidIn(await chat.say('u cut off the bit about the instructor who gets dyspraxia'));
    expect(followUp).not.toMatch(/I will\.\.\./);
    expect(followUp).toMatch(/instructor who gets dyspraxia/);
  });
});
