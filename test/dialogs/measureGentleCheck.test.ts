import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const LUNCH: SeedHope = { text: 'eat my packed lunch at school', theme: 'health_and_wellbeing', needs: ['I get too busy talking at lunch to eat'] };

/** A measure that might tell of food taken or missing is asked about gently; an ordinary one is kept. */
describe('a worrying measure, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my lunchbox is empty when i get home" gets "Are you OK?" first', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 12, schoolYear: 7, hopes: [LUNCH] }));
    await chat.say('make my own packed lunch and eat it all at school every day by the end of year 8');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say('My lunchbox is empty when I get home');
    const said = replies.map((r) => r.text ?? '').join(' ');
    expect(said).toMatch(/Are you OK/i);
    expect(said).not.toMatch(/0808 800 5000|116 123|0800 1111/);
  });

  it('"i eat it all before the bell three days in a row" is kept as the measure', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 12, schoolYear: 7, hopes: [LUNCH] }));
    await chat.say('make my own packed lunch and eat it all at school every day by the end of year 8');
    const replies = await chat.say('i eat it all before the bell three days in a row');
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/Are you OK/i);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
  });
});
