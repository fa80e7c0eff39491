import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

const young = { parent: false } as const;

describe('"because of them" after the things dreaded is not about other young people', () => {
  it('"exams next week, i dont want to go to school because of them": no concern', () => {
    expect(safeguardingInChat('exams next week, i dont want to go to school because of them', young).action).toBe('none');
    expect(safeguardingInChat('the tests r so hard i dont want to go to college cos of them', young).action).toBe('none');
  });

  it('near-miss: other young people named before it are still bullying', () => {
    expect(safeguardingInChat('some girls in year 9, i dont want to go to school because of them', young)).toEqual({ action: 'answer', category: 'bullying' });
  });
});
