import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { readTakeBack } from '../../src/language/takeBack';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const MONEY: SeedHope = { text: 'I want to buy my own clothes', theme: 'independent_living', needs: [] };

describe('"no wait" with a new answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no wait ... Jo helps me with my money on fridays" replaces the answer just given, at its own question', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [MONEY], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('I find money hard');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my mum');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('no wait ... Jo helps me with my money on fridays');
    const saved = JSON.stringify(await chat.draft());
    expect(saved).toMatch(/Jo helps me with my money on fridays/);
    expect(saved).not.toMatch(/"my mum"/);
    expect(chat.step).toBe(Step.needsMore);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  it('reads the new answer, and leaves "no wait, there is another one" and a plain no alone', () => {
    expect(readTakeBack('no wait ... Jo helps me with my money on fridays')).toEqual({ rest: 'Jo helps me with my money on fridays', wrong: true });
    expect(readTakeBack('wait no, i meant the bus')).toEqual({ rest: 'the bus', wrong: true });
    expect(readTakeBack("no wait, there's another one")).toBeNull();
    expect(readTakeBack('no thats all')).toBeNull();
    expect(readTakeBack('no wait')).toBeNull();
    expect(readTakeBack('wait no, that wasnt a hope')).toEqual({ rest: '' });
  });
});
