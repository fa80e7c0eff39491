import { describe, expect, it } from 'vitest';
import { saysOutcomesFinished } from '../../src/language/outcomesFinished';

describe('saying the outcomes are done', () => {
  it.each(['finish', "no. I don't want any more outcomes. finish", "I'm finished, no more outcomes", 'move on please', 'done thanks', 'we have enough goals'])('"%s" says so', (typed) => {
    expect(saysOutcomesFinished(typed)).toBe(true);
  });

  it.each(['no', 'finish school', 'I want to finish my course', 'no, but swimming', 'no more sweets', 'no thats all. but i want it written down', 'yeah go on', 'go on then'])('"%s" does not', (typed) => {
    expect(saysOutcomesFinished(typed)).toBe(false);
  });
});
