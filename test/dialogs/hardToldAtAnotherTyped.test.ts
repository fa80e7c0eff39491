import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

const COLLEGE = { text: 'go to college to learn to cook', theme: 'learning_and_work' as const, needs: ['I cannot hear the teacher'] };
const SHOP = { text: 'go to the shop on my own', theme: 'independent_living' as const, needs: ['I get lost'] };

async function atOneMoreGoal(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2025-03-10',
    name: 'Aisha',
    age: 15,
    schoolYear: 10,
    hopes: [COLLEGE, SHOP],
    change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    at: atOutcome(Step.outcomeAnother),
  });
  return chat;
}

describe('something hard told at "one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'fire alarm. me not hear. one time me stay in toilet, nobody tell me. scared',
    'yes the bell at break, i cant hear it and nobody tells me',
  ])('"%s" is kept as a hard thing and a goal about it is asked', async (typed) => {
    chat = await atOneMoreGoal();
    const replies = await chat.say(typed);
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs.some((n) => /hear/.test(n))).toBe(true);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(saidIn(replies)).toMatch(/\bhard\b/i);
    expect(saidIn(replies)).toMatch(/hear|fire alarm/);
    expect((await chat.draft())?.outcomes ?? []).toHaveLength(0);
  });

  it('"yes, one about the shop" is still a plain yes for that hope', async () => {
    chat = await atOneMoreGoal();
    await chat.say('yes, one about the shop');
    expect((await chat.draft())?.needs).toHaveLength(2);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
