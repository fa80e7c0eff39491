import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';

/* Dev (Year 11) types the time as he spells it: "when i start colij", "end of yr 13". */

const COLLEGE = { text: 'go colij cooking', theme: 'learning_and_work' as const, needs: [] };

describe('a time with misspelt words is read at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"when i start colij" is the date he starts college, kept in his words', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Dev', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    // "By when?" asked again would fail the way here: the misspelt time must be read the first time.
    const readBack = await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'get bus to colij',
      [Step.outcomeWhen]: 'when i start colij',
      [Step.outcomeMeasure]: 'i do it with no help',
      [Step.outcomeDoesForMe]: 'happy',
      [Step.outcomeMakesPossible]: 'get a saturday job',
      [Step.outcomeProvides]: 'sum1 show me the way first',
    });
    expect(saidIn(readBack)).toMatch(/By July 2027 \(when I start college\), I will get bus to college\./);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'when i start colij', date: '2027-07-22' });
  });
});
