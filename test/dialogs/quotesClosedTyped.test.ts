import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Read-backs quote the person's words, shortened when long. Every quote the bot opens is closed,
 * with "…" inside it when the words were cut, also when the person typed quote marks themselves.
 */
const AT_DREAM = { today: '2026-12-02', name: 'Nathan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };
const quoteMarks = (text: string) => (text.match(/["\u201C\u201D]/g) ?? []).length;

describe('quotes in read-backs are closed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['standard', 'be a chef and have my own restaurant in town with my best mate Jay one day when im older'],
    ['easy read', 'be a chef and have my own restaurant in town with my best mate Jay one day when im older'],
    ['standard', '"be a chef and have my own restaurant in town with my best mate Jay one day when im older'],
    ['easy read', 'i want to "be a chef" and have my own restaurant in town with my best mate Jay one day'],
    ['standard', 'be a chef and have my own "restaurant" in town with my best mate Jay one day when im older'],
  ])('%s: "%s"', async (mode, typed) => {
    ({ chat } = await startWith(AT_DREAM));
    if (mode === 'easy read') await chat.say('easy read');
    const replies = await chat.say(typed);
    for (const reply of replies) {
      const text = reply.text ?? '';
      expect(quoteMarks(text) % 2, text).toBe(0);
      // A quote of shortened words shows it was cut: "…" just inside its closing mark.
      for (const quoted of text.match(/"[^"]*"/g) ?? []) if (!typed.toLowerCase().includes(quoted.slice(1, -1).toLowerCase())) expect(quoted, text).toMatch(/…"$/);
    }
  });
});
