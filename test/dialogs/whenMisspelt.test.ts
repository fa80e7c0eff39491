import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Dev (Year 11) types the time as he spells it: "when i start colij", "end of yr 13". */

const COLLEGE = { text: 'go colij cooking', theme: 'learning_and_work' as const, needs: [] };

describe('a time with misspelt words is read at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"when i start colij" is the date he starts college, kept in his words', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Dev', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    await chat.say('get bus to colij');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('when i start colij');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'when i start colij', date: '2027-07-22' });
  });
});
