import { describe, expect, it } from 'vitest';
import { readPlanHelper } from '../../src/language/planHelper';

describe('readPlanHelper', () => {
  it.each([
    ['dee my support worker helps me on the train', { role: 'support worker', name: 'Dee' }],
    ['my support worker Dee comes with me', { role: 'support worker', name: 'Dee' }],
    ['Mr Hughes my teacher checks in with me', { role: 'teacher', name: 'Mr Hughes' }],
    ['my social worker is Sam', { role: 'social worker', name: 'Sam' }],
    ['the senco helps me plan', { role: 'SENCo' }],
    ['my support worker helps me', { role: 'support worker' }],
  ])('reads %s', (text, expected) => {
    expect(readPlanHelper([text])).toEqual(expected);
  });

  it.each(['i like cooking with mum', 'my key worker helps me', 'i want to work with animals'])('leaves alone %s', (text) => {
    expect(readPlanHelper([text])).toBeUndefined();
  });
});
