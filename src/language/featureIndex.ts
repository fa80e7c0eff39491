/**
 * One number per feature token, shared by every loaded classifier. A statement's features are
 * looked up once and the numbers are read by each model in turn, instead of each model looking
 * up every string in its own table.
 */
const ids = new Map<string, number>();

/** The feature's number, given it the first time it is seen (when a model is loaded). */
export function featureId(feature: string): number {
  let id = ids.get(feature);
  if (id === undefined) {
    id = ids.size;
    ids.set(feature, id);
  }
  return id;
}

/** Marks which numbers one encoding has already met (a counter, so nothing is cleared between calls). */
let seenAt = new Uint32Array(1024);
let round = 0;

/**
 * The numbers of the known features, in the order given, each once (duplicates count once, as in
 * natural); features no model knows are left out.
 */
export function encodeFeatures(features: readonly string[]): number[] {
  if (seenAt.length < ids.size) {
    const grown = new Uint32Array(Math.max(ids.size, seenAt.length * 2));
    grown.set(seenAt);
    seenAt = grown;
  }
  round++;
  if (round === 0xffffffff) {
    seenAt.fill(0);
    round = 1;
  }
  const out: number[] = [];
  for (const f of features) {
    const id = ids.get(f);
    if (id === undefined || seenAt[id] === round) continue;
    seenAt[id] = round;
    out.push(id);
  }
  return out;
}

