import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { EverydayWordText } from '../../dialogs/wordExplained';
import { createWords } from '../../src/i18n';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* A word the theme and needs questions use, asked about ("whats partners"), is explained in one line, and nothing is kept. */
const atTheme = (theme: string): Seed['at'] => () => ({ stage: 'hopes', step: Step.hopesTheme, topic: theme });
const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '');

describe('words of the theme questions explained', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const easy = createWords().forMode(ReadingMode.easyRead);
  const standard = createWords().forMode(ReadingMode.standard);

  it('a 21-year-old reading easy words who types "whats partners" hears what a partner is, and the question again', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atTheme('friends_and_community'), journey: { mode: ReadingMode.easyRead } }));
    const replies = await chat.say('whats partners');
    expect(texts(replies)).toContain(easy(EverydayWordText.partner));
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each([
    ['what does relationships mean', 'relationship'],
    ['whats local area', 'localArea'],
    ['what is wellbeing?', 'wellbeing'],
    ['wat is training', 'training'],
    ['what does manage mean', 'manage'],
    ['whats independent mean', 'independent'],
  ] as const)('"%s" at a theme question is explained', async (typed, term) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 20, hopes: [], at: atTheme('independent_living') }));
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain(standard(EverydayWordText[term]));
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('every word has one short line in both reading modes', () => {
    for (const key of Object.values(EverydayWordText)) {
      expect(standard(key)).not.toBe(key);
      expect(easy(key)).not.toBe(key);
      expect(easy(key).split(/[.!?]\s/).every((s) => s.split(/\s+/).length <= 15)).toBe(true);
    }
  });
});
