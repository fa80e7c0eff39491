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
    await chat.say('i do it with no help');
    await chat.say('happy');
    await chat.say('get a saturday job');
    const readBack = await chat.say('sum1 show me the way first');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(readBack.map((r) => r.text ?? '').join('\n')).toMatch(/When I start college \(by July 2027\), I will get bus to college\./);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'when i start colij', date: '2027-07-22' });
  });
});
