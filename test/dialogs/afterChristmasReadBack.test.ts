import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * Kai (16, Year 11) says "after christmas" or "in 6 months" at "by when?": the read-back is one
 * sentence, led by the date, with his words beside it, never "After Christmas (by January 2027), ...".
 */

const HOPE = { text: 'go to college', theme: 'learning_and_work' as const, needs: ['I get lost on buses'] };

describe('a time that is no deadline of its own, read back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['after christmas', ReadingMode.standard, 'By January 2027 (after Christmas), I will get the bus to college on my own.'],
    ['after christmas', ReadingMode.easyRead, 'By January 2027 (after Christmas), I will get the bus to college on my own.'],
    ['in 6 months', ReadingMode.standard, 'By June 2027 (in 6 months), I will get the bus to college on my own.'],
    ['by christmas', ReadingMode.standard, 'By Christmas (December 2026), I will get the bus to college on my own.'],
  ])('"%s" (%s) reads "%s"', async (typed, mode, sentence) => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [HOPE], journey: { mode } }));
    const readBack = await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'get the bus to college on my own',
      [Step.outcomeWhen]: [typed, 'keep it as a short step'],
      [Step.outcomeMeasure]: 'i do it with no help',
      [Step.outcomeDoesForMe]: 'i feel grown up',
      [Step.outcomeMakesPossible]: 'go to college every day',
      [Step.outcomeProvides]: 'someone to show me the way first',
    });
    expect(saidIn(readBack)).toContain(sentence);
    expect(saidIn(readBack)).not.toMatch(/\(by /);
  });
});
