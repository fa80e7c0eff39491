import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import type { ThemeId } from '../../src/domain/vocabulary';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Mikey, 11, in easy read, at "What could you do next because of it?" types "how does this help".
 * He is told once what the question is about, then asked it in other words, with an example that
 * fits his own hope: a job hope a job example, an exams hope an exams example. Typed again, the
 * explanation is not said again; nothing he typed is kept as what the step makes possible.
 */

const mikey = (hope: string, theme: ThemeId, need: string): Seed => ({
  today: '2026-12-06',
  name: 'Mikey',
  age: 11,
  schoolYear: 6,
  hopes: [{ text: hope, theme, needs: [need] }],
  journey: { mode: ReadingMode.easyRead },
});

const HOPES = [
  { hope: 'get a job at a garage', need: 'i cant read the forms', step: 'do work experience at a garage', example: /earn my own money/i },
  { hope: 'pass my exams', need: 'i cant read the questions fast', step: 'do 2 practice papers for my exams every week', example: /course I want/i },
] as const;

describe('"how does this help" at what the step makes possible', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const { hope, need, step, example } of HOPES) {
    it(`"${hope}": explained once, then asked in other words with an example that fits`, async () => {
      ({ chat } = await startWith(mikey(hope, 'learning_and_work', need)));
      await typeUntil(chat, Step.outcomeMakesPossible, {
        [Step.outcomeStep]: step,
        [Step.outcomeWhen]: 'by the summer',
        [Step.outcomeMeasure]: 'my teacher sees',
        [Step.outcomeDoesForMe]: 'id be proud',
      });
      const first = chat.lastQuestion?.activity.text ?? '';
      expect(first).toMatch(example);
      expect(first).not.toMatch(/friend's house|party|parties/i);

      const explained = saidIn(await chat.say('how does this help'));
      expect(chat.step).toBe(Step.outcomeMakesPossible);
      expect(explained).toMatch(/what your step leads to/i);
      const again = chat.lastQuestion?.activity.text ?? '';
      expect(again).not.toBe(first);
      expect(again).toMatch(example);

      const second = saidIn(await chat.say('how does this help'));
      expect(second).not.toMatch(/what your step leads to/i);
      expect(second).toMatch(/skip/i);
      expect(chat.step).toBe(Step.outcomeMakesPossible);
      expect((await chat.draft())!.outcomes[0]!.makesPossible ?? '').toBe('');

      await chat.say('i could fix cars');
      expect((await chat.draft())!.outcomes[0]!.makesPossible).toMatch(/fix cars/);
    });
  }
});
