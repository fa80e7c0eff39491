import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Nikita (17) at "What already helps?": nothing does; extra time is something she did not know about. */

const DRIVE = { text: 'learn to drive', theme: 'independent_living' as const, needs: ['the theory test is all reading'] };

const atHelps = () =>
  startWith({
    today: '2026-12-06', name: 'Nikita', age: 17, hopes: [DRIVE],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });

describe('nothing helps, and support she did not know about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"nothing rly; i didnt know u could get extra time": no help kept as working now; extra time noted as an idea', async () => {
    ({ chat } = await atHelps());
    const said = saidIn(await chat.say('nothing rly; i didnt know u could get extra time'));
    expect(said).toMatch(/help you would like/);
    const helps = (await chat.draft())!.needs[0]!.helps ?? [];
    expect(helps.every((h) => /would help/i.test(h))).toBe(true);
    expect(helps.join(' ')).toMatch(/extra time/);
    expect(helps.join(' ')).not.toMatch(/nothing|didnt know/i);
    expect(chat.step).not.toBe(Step.needsHelps);
  });
});
