import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { helpKeyFor } from '../../dialogs/help';
import { createWords } from '../../src/i18n';

/** A parent of Sam at the first outcome question, in the reading mode given. */
async function parentOf(age: number, schoolYear: number, readingMode: 'standard' | 'easy_read' = 'standard'): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    who: 'parent_carer',
    name: 'Sam',
    age,
    schoolYear,
    hopes: [{ text: 'he wants to go to town on his own', theme: 'independent_living', needs: ['he gets lost'] }],
  });
  if (readingMode === 'easy_read') await chat.say('easy read');
  return chat;
}

describe('the tips at the outcome questions speak to a parent about their child, never as the child', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['standard', 'easy_read'] as const)('in %s, asked what it means at each question', async (mode) => {
    chat = await parentOf(14, 9, mode);
    const tips: string[] = [];
    tips.push(saidIn(await chat.say('what do you mean')));
    await chat.say('he will go to the shop on his own');
    await chat.say('by summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    tips.push(saidIn(await chat.say('what do you mean')));
    await chat.say('he comes home with the shopping every week');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    tips.push(saidIn(await chat.say('what do you mean')));
    for (const tip of tips) {
      expect(tip).toContain('Sam');
      expect(tip).not.toMatch(/\bI will\b|\bI'd\b|\bI would\b|\bI'll\b|\bmy own\b|matter to you\b|\bI go\b/);
    }
    expect(tips[0]).toContain(mode === 'easy_read' ? 'Say one thing Sam will do. For example: Sam will get the bus alone.' : 'Say one thing Sam will do in the next year or two.');
  });

  it('a young child\'s parent hears a young child\'s examples, about their child', async () => {
    chat = await parentOf(6, 1);
    const tip = saidIn(await chat.say('what do you mean'));
    expect(tip).toContain('Say one small thing Sam will learn or do next');
    expect(tip).not.toMatch(/\bmy coat\b/);
  });

  it('a young person still hears the tip in their own words', async () => {
    const { chat: c } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Sam',
      age: 14,
      schoolYear: 9,
      hopes: [{ text: 'i want to go to town on my own', theme: 'independent_living', needs: ['i get lost'] }],
    });
    chat = c;
    expect(saidIn(await chat.say('what do you mean'))).toContain('"I will take the bus to town on my own"');
  });
});

describe('every outcome question has a tip for a parent, in both registers', () => {
  const words = createWords();
  const steps = [Step.outcomeStep, Step.outcomeMeasure, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides];
  it.each(['standard', 'easy_read'] as const)('%s', (mode) => {
    const t = words.forMode(mode);
    for (const step of steps) for (const young of [false, true]) {
      const tip = t(helpKeyFor(step, true, young), { name: 'Sam' });
      expect(tip, `${step} young=${young}`).toContain('Sam');
      expect(tip, `${step} young=${young}`).not.toMatch(/\bI\b|\bmy\b|\bme\b|to you\b/);
      expect(t(helpKeyFor(step, false, young), { name: 'Sam' })).not.toContain('Sam');
    }
  });
});
