import { describe, expect, it } from 'vitest';
import { readTakeBack } from '../../src/language';

/* Asking to take out the last hope, or saying a tap was a mistake, takes back the last answer: never kept as one. */
describe('taking back the last hope or a wrong tap', () => {
  it.each([
    ['please delete that last hope, its in the wrong place'],
    ['delete the last hope'],
    ['can you remove my last need please'],
    ['take out that last answer, its in the wrong place'],
    ['wait no I pressed the wrong thing'],
    ['oops i tapped the wrong one'],
  ])('"%s" takes back the last answer', (text) => {
    expect(readTakeBack(text)).toEqual(expect.objectContaining({ rest: '' }));
  });
});
