import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDirectory } from './model';

/**
 * Groups of words used alike, from pre-trained English word vectors (models/wordClusters.json,
 * built by scripts/buildWordClusters.ts): "starving" and "hungry", "nan" and "grandma" share a
 * group. The concern classifier reads each word's group beside the word, so a word it never met
 * in training still carries the weight its group earned. Loaded once; a lookup is one Map read.
 */

interface SavedClusters {
  groups: string[];
}

let clusterOf: Map<string, number> | null | undefined;

function load(): Map<string, number> | null {
  const file = join(modelDirectory(), 'wordClusters.json');
  if (!existsSync(file)) return null;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedClusters;
  const map = new Map<string, number>();
  saved.groups.forEach((group, id) => {
    for (const word of group.split(' ')) if (word) map.set(word, id);
  });
  return map;
}

/** The group number of a lower-case word, or undefined for a word not in the map. */
export function wordCluster(word: string): number | undefined {
  if (clusterOf === undefined) clusterOf = load();
  return clusterOf?.get(word);
}
