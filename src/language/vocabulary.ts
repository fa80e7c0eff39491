import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDirectory } from './model';

/**
 * The words of the training corpus with their Porter stems, saved by `npm run train`
 * (models/words.json). Stemming a known word is then a map lookup, and the concern detector does
 * not try to "correct" a word it knows is spelt right. It holds corpus words only, never anything
 * a person typed.
 */
let known: ReadonlyMap<string, string> | null = null;

export function knownWords(): ReadonlyMap<string, string> {
  if (known) return known;
  const file = join(modelDirectory(), 'words.json');
  if (!existsSync(file)) {
    known = new Map();
    return known;
  }
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, string> };
  known = new Map(Object.entries(saved.words));
  return known;
}
