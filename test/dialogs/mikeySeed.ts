import { ReadingMode } from '../../src/domain/readingMode';
import type { Seed } from './journeySeed';

/** Mikey, 11, Year 6, in easy read, with his big school hope and what makes it hard. */
export const MIKEY: Seed = {
  today: '2026-12-06',
  name: 'Mikey',
  age: 11,
  schoolYear: 6,
  hopes: [{ text: 'go to big school and not get lost', theme: 'learning_and_work', needs: ['i get lost'] }],
  journey: { mode: ReadingMode.easyRead },
};
