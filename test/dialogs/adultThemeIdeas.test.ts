import { describe, expect, it } from 'vitest';
import { ageFitKey, ideasForThemeKey } from '../../dialogs/hopeIdeasByAge';
import { createWords } from '../../src/i18n';
import { ReadingMode } from '../../src/domain/readingMode';

/* A 20-year-old hears ideas fit for an adult and for the part of life asked: never a youth club, never work at the health question. */
describe('ideas for a young adult at a part of life', () => {
  const easy = createWords().forMode(ReadingMode.easyRead);
  it('"what do you mean?" at friends and community names a club or a class', () => {
    const key = ageFitKey('help:themeFriendsAndCommunity', { name: 'Kerry', age: 20 } as never);
    expect(easy(key)).not.toMatch(/youth club/);
    expect(easy(key)).toMatch(/club|class/);
  });
  it('"dont no" at the health question gives health ideas', () => {
    const words = easy(ideasForThemeKey('hopes:notSure.themeAdult', 'health_and_wellbeing'));
    expect(words).toMatch(/sleep|food|calm/);
    expect(words).not.toMatch(/work|college/);
  });
});
