import { describe, expect, it } from 'vitest';
import { coachStep, readWhenAnswer } from '../../src/language';
import { RecentReadings } from '../../src/language/recentReadings';

const context = { today: '2026-03-02', schoolYear: 10 };

describe('a message read twice in a turn', () => {
  it('is read once, and the second reader gets the same reading', () => {
    const readings = new RecentReadings<{ words: string[] }>(4);
    let reads = 0;
    const read = (text: string) => readings.read(text, () => ((reads += 1), { words: text.split(' ') }));
    const first = read('i want to walk to school');
    expect(read('i want to walk to school')).toBe(first);
    expect(reads).toBe(1);
  });

  it('cannot be changed by one reader for the next', () => {
    const first = coachStep('walk to school on my own by christmas', context);
    expect(() => {
      (first as { step: string }).step = 'something else';
    }).toThrow(TypeError);
    expect(coachStep('walk to school on my own by christmas', context).step).toBe(first.step);
  });

  it('is read again for another day or age', () => {
    const now = readWhenAnswer('by the end of year 11', context);
    const later = readWhenAnswer('by the end of year 11', { today: '2026-03-02', schoolYear: 9 });
    expect(later.timeframe?.date).not.toBe(now.timeframe?.date);
  });

  it('keeps only the last few inputs', () => {
    const readings = new RecentReadings<number>(2);
    let reads = 0;
    const read = (text: string) => readings.read(text, () => (reads += 1));
    read('a');
    read('b');
    read('c');
    read('a');
    expect(reads).toBe(4);
  });
});
