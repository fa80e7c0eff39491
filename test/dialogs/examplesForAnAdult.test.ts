import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

const FLAT = { text: 'move into my own flat with Jamal', theme: 'independent_living' as const, needs: ['money mainly'] };

describe('examples in the questions fit an adult of 22', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"what would it make possible?" gives an adult example, never a Saturday job; how to share names no school', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 22, hopes: [FLAT] }));
    const answers: Record<string, string> = {
      [Step.outcomeStep]: 'cook 3 different meals by myself',
      [Step.outcomeWhen]: 'in 6 months',
      [Step.outcomeMeasure]: 'my mum would have eaten the meals i cooked',
      [Step.outcomeDoesForMe]: 'less stressed',
    };
    for (let turn = 0; turn < 8 && chat.step !== Step.outcomeMakesPossible; turn++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/Saturday job/);
    // Her step is about cooking: the example fits it (an adult's, never a Saturday job).
    expect(chat.lastQuestion?.activity.text).toMatch(/friends round for tea/);
    const replies = await chat.say('do i have to print it or email it?');
    expect(saidIn(replies)).not.toMatch(/the school/);
  });
});
