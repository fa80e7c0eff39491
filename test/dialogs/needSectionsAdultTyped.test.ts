import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * A 22-year-old in supported living, not in education, says what is hard: everyday life goes in
 * Section D and health in Section C, never all in Section B. A pupil's noise at school is Section B.
 */
describe('needs are placed by their words and where the person spends their days', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 22-year-old not in education: cooking and money in D, sleep in C', async () => {
    const typed = ['i cant read recipes so i just have toast', 'counting my change in the shop', 'i dont sleep well'];
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Sam',
      age: 22,
      hopes: [{ text: 'to live more on my own', theme: null, needs: [] }],
      change: (d) => setYoungPerson(d, { education: 'not_at_school' }),
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say(typed[0]!);
    await chat.say('nothing really');
    await chat.say(typed[1]!);
    await chat.say('no');
    await chat.say(`yes ${typed[2]}`);
    const needs = (await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection]);
    expect(needs).toEqual([
      [typed[0], 'social_care'],
      [typed[1], 'social_care'],
      [typed[2], 'health'],
    ]);
  });

  it('a Year 8 pupil: the same reading words and noise at school stay in Section B', async () => {
    const typed = ['i cant read the worksheets', 'its too noisy, it hurts my ears'];
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Ali',
      age: 13,
      schoolYear: 8,
      hopes: [{ text: 'to get good grades', theme: null, needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say(typed[0]!);
    await chat.say('nothing really');
    await chat.say(typed[1]!);
    const needs = (await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection]);
    expect(needs).toEqual([
      [typed[0], 'education'],
      [typed[1], 'education'],
    ]);
  });
});
