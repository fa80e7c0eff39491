import { describe, expect, it } from 'vitest';
import { providerFor } from '../../src/language/planPart';

describe('help placed for the person it is for', () => {
  const adult = { age: 22, education: 'not_at_school' as const };
  const pupil = { age: 16, education: 'school' as const };
  it.each([
    ['cooking lessons with staff on tuesdays', adult, 'social_care'],
    ['a phone reminder', adult, 'social_care'],
    ['extra time in my college exams', adult, 'education'],
    ['speech therapy', adult, 'health'],
    ['driving lessons', pupil, 'social_care'],
    ['football tickets', pupil, 'social_care'],
    ['a phone reminder', pupil, 'education'],
  ] as const)('%s', (text, person, part) => expect(providerFor(text, person)).toBe(part));
});
