import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const DRESS: SeedHope = { text: 'get dressed on her own in the mornings', theme: 'independent_living', needs: ['Buttons and laces are hard for her'] };
const BUS: SeedHope = { text: 'get to college on my own', theme: 'independent_living', needs: ['I get lost easily'] };

describe('how everyone will know, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['confidence i think', "she'll be happy", "idk you'd see it"])('a vague measure ("%s") gets one kind question about what people would see', async (vague) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Poppy', age: 8, schoolYear: 3, hopes: [DRESS] }));
    await chat.say('put her school jumper and shoes on by herself by christmas');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say(vague);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const asked = replies.map((r) => r.text ?? '').join(' ');
    expect(asked).toMatch(/would people see Poppy doing/i);
    expect(asked).toContain('put her school jumper and shoes on by herself');
    await chat.say('she puts them on before breakfast three days in a row');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('she puts them on before breakfast three days in a row');
  });

  it('asks only once: a second vague answer is kept without its hedges, and the bot moves on', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Poppy', age: 8, schoolYear: 3, hopes: [DRESS] }));
    await chat.say('put her school jumper and shoes on by herself by christmas');
    await chat.say('confidence i think');
    await chat.say('she would be more confident maybe');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const measure = (await chat.draft())!.outcomes[0]!.measure ?? '';
    expect(measure).not.toMatch(/maybe|i think/i);
  });

  it('a clear measure with a hedge is kept at once, without the hedge', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS] }));
    await chat.say('get the bus to college on my own by the end of year 11');
    await chat.say('i do it every day for a week i think');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('I do it every day for a week');
  });
});
