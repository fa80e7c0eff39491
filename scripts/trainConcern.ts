/**
 * The concern model: a multinomial logistic regression (softmax over "none" and the eight
 * categories) on concernFeatures, fitted here by AdaGrad with L2 (natural's logistic regression
 * takes minutes and has no multinomial form). Trained on the concern training material (not its
 * dev split, never the frozen set) and, as ordinary messages, the statement corpus. Thresholds
 * come from out-of-fold probabilities on the training material:
 * - flag: the lowest probability at which the false alarms on the training material's ordinary
 *   messages (rules and model together) stay within FLAG_FALSE_ALARMS,
 * - veto: the highest probability below which a rule's flag is overruled, losing at most
 *   VETO_RECALL_LOSS of the concerns,
 * - sure: the lowest probability at which the classifier alone answers at once, without a gentle
 *   check first: its false alarms on ordinary messages stay within SURE_FALSE_ALARMS,
 * - unclear: the lowest probability for a gentle check, within UNCLEAR_FALSE_ALARMS more.
 * - check: the lowest probability, not below the flag nor CHECK_FLOOR, at which the classifier
 *   alone interrupts a chat with a gentle check: its out-of-fold false alarms on plan statements
 *   stay within CHECK_STATEMENT_FALSE_ALARMS.
 * The thresholds are chosen in concernThresholds.ts. The flag threshold is then WRITER_FLAG, chosen across writers (scripts/concernLowo.ts --sweep:
 * trained without one writer's set, scored on it, averaged over the writers), not on one split;
 * never below the level the plan statements' out-of-fold false alarms allow (DEV_STATEMENT_FALSE_ALARMS).
 * The gentle check starts at WRITER_GENTLE, chosen the same way. CONCERN_FLAG=dev restores the
 * old tuning on the dev split.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearedConcernText, isCountered, matchRules } from '../src/language/concern';
import { cuesOf } from '../src/language/concernCues';
import { CONCERN_CATEGORIES } from '../src/language/concernCategories';
import { concernFeatures } from '../src/language/concernFeatures';
import { concernSplits, readStatements, type LabelledMessage } from '../src/language/corpus';
import { LinearClassifier, resetConcernModel, type SavedModel } from '../src/language/model';
import { chooseThresholds, flagged, tuneOnDev } from './concernThresholds';

export { WRITER_FLAG, WRITER_GENTLE } from './concernThresholds';

export const LABELS = ['none', ...CONCERN_CATEGORIES] as const;

const EPOCHS = Number(process.env.CONCERN_EPOCHS ?? 40);
const RATE = Number(process.env.CONCERN_RATE ?? 0.3);
const L2 = Number(process.env.CONCERN_L2 ?? 3e-3);
const FOLDS = 5;
/** Plan statements are the ordinary talk the bot hears most: they weigh as much as a hard negative. */
const STATEMENT_WEIGHT = Number(process.env.CONCERN_STATEMENT_WEIGHT ?? 1);

export interface ConcernDoc {
  features: string[];
  label: number;
  /** Index in LABELS of what the rules say (0 when no rule matched). */
  rule: number;
  /** The message also reads as a lesson, a wish to help, a joke or an accident. */
  countered: boolean;
  weight: number;
  kind: 'concern' | 'ordinary' | 'statement' | 'unclear';
}

export function concernDoc(m: { text: string; concern: boolean | 'unclear'; category: string | null }, kind?: ConcernDoc['kind']): ConcernDoc {
  const cleared = clearedConcernText(m.text);
  const { rule, families } = matchRules(cleared);
  const cues = cuesOf(cleared);
  const label = m.concern === true ? LABELS.indexOf((m.category ?? 'other') as (typeof LABELS)[number]) : 0;
  return {
    features: concernFeatures(cleared, families, cues),
    label: Math.max(0, label),
    rule: rule ? LABELS.indexOf(rule) : 0,
    countered: isCountered(cues),
    weight: kind === 'statement' ? STATEMENT_WEIGHT : 1,
    kind: kind ?? (m.concern === true ? 'concern' : m.concern === 'unclear' ? 'unclear' : 'ordinary'),
  };
}

/** Documents a word must be seen in to be learnt; a pair of words or of word groups, PAIR_MIN_DF. */
const MIN_DF = Number(process.env.CONCERN_MIN_DF ?? 2);
const PAIR_MIN_DF = Number(process.env.CONCERN_PAIR_MIN_DF ?? 2);

/** Features seen in enough documents (MIN_DF, PAIR_MIN_DF); cue and rule features always stay. */
function vocabulary(docs: readonly ConcernDoc[]): Set<string> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  return new Set([...df].filter(([f, n]) => f.startsWith('#') || n >= (f.includes('_') ? PAIR_MIN_DF : MIN_DF)).map(([f]) => f));
}

/** Deterministic shuffle (the same model from the same data). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function fitSoftmax(docs: readonly ConcernDoc[]): SavedModel {
  // "Unclear" lines are neither disclosures nor ordinary: they tune the gentle check, not the model.
  const trainable = docs.filter((d) => d.kind !== 'unclear');
  const names = [...vocabulary(trainable)];
  const index = new Map(names.map((f, i) => [f, i]));
  const K = LABELS.length;
  // Flat arrays indexed by feature number (feature i, label k at i * K + k): training is a hot loop.
  const W = new Float64Array(names.length * K);
  const G = new Float64Array(names.length * K).fill(1e-8);
  const rows = trainable.map((d) => ({ d, fs: Int32Array.from(d.features.filter((f) => index.has(f)).map((f) => index.get(f)!)) }));
  const bias = new Float64Array(K);
  const gBias = new Float64Array(K).fill(1e-8);
  const scores = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { d, fs } of shuffled(rows, epoch + 1)) {
      scores.set(bias);
      for (const f of fs) for (let k = 0; k < K; k++) scores[k]! += W[f * K + k]!;
      const max = Math.max(...scores);
      let total = 0;
      for (let k = 0; k < K; k++) total += (scores[k] = Math.exp(scores[k]! - max));
      for (let k = 0; k < K; k++) {
        const grad = d.weight * (scores[k]! / total - (k === d.label ? 1 : 0));
        gBias[k]! += grad * grad;
        bias[k]! -= (RATE * grad) / Math.sqrt(gBias[k]!);
        for (const f of fs) {
          const at = f * K + k;
          const g = grad + L2 * W[at]!;
          G[at]! += g * g;
          W[at]! -= (RATE * g) / Math.sqrt(G[at]!);
        }
      }
    }
  }
  return compact(names, W, bias);
}

/** Weights are saved as whole multiples of this: a message's probability moves by under 0.02, its verdict in no training or dev line. */
const WEIGHT_STEP = Number(process.env.CONCERN_WEIGHT_STEP ?? 0.01);

/**
 * The saved model, small: adding one number to all of a feature's weights changes no probability
 * (softmax), so each feature's weights are shifted to put their median at zero; then every weight
 * is rounded to a whole number of WEIGHT_STEPs, and a feature left with no weight is not saved.
 */
function compact(names: readonly string[], W: Float64Array, bias: Float64Array): SavedModel {
  const K = bias.length;
  const steps = (x: number) => Math.round(x / WEIGHT_STEP) + 0; // + 0 turns -0 into 0
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const w = [...W.subarray(i * K, i * K + K)];
    const median = [...w].sort((a, b) => a - b)[Math.floor(K / 2)]!;
    const saved = w.map((x) => steps(x - median));
    if (saved.some((x) => x !== 0)) weights[f] = saved;
  });
  return { type: 'softmax', labels: [...LABELS], scale: WEIGHT_STEP, bias: [...bias].map(steps), weights };
}

/** Probability of a concern and the most likely category, for each document. */
export function scoreDocs(model: SavedModel, docs: readonly ConcernDoc[]): Array<{ p: number; category: number }> {
  const c = new LinearClassifier(model);
  return docs.map((d) => {
    const dist = c.distribution(d.features);
    let best = 1;
    for (let k = 2; k < dist.length; k++) if (dist[k]! > dist[best]!) best = k;
    return { p: 1 - dist[0]!, category: best };
  });
}


export function trainingDocs(train: readonly LabelledMessage[]): ConcernDoc[] {
  const statements = readStatements('train').map((s) => concernDoc({ text: s.text, concern: false, category: null }, 'statement'));
  return [...train.map((m) => concernDoc(m)), ...statements];
}

/**
 * Fits the concern model on these splits: thresholds chosen out of fold on `train`, the flag
 * lowered on `dev`. Nothing is written (leave-one-writer-out runs call this once per writer).
 */
export function fitConcernModel(splits: { train: readonly LabelledMessage[]; dev: readonly LabelledMessage[] }): {
  model: SavedModel;
  docs: ConcernDoc[];
  oof: Array<{ p: number; category: number }>;
} {
  const docs = trainingDocs(splits.train);
  const oof = new Array<{ p: number; category: number }>(docs.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = fitSoftmax(docs.filter((_, i) => i % FOLDS !== k));
    const held = docs.map((d, i) => ({ d, i })).filter(({ i }) => i % FOLDS === k);
    scoreDocs(model, held.map(({ d }) => d)).forEach((s, j) => (oof[held[j]!.i] = s));
  }
  const chosen = chooseThresholds(docs, oof);
  const model = fitSoftmax(docs);
  model.thresholds = tuneOnDev(model, chosen, docs, oof, splits.dev);
  return { model, docs, oof };
}

/** Trains, chooses the thresholds out of fold, and saves models/concern.json. */
export function trainConcern(dir: string, printTable: boolean): SavedModel {
  const { model, docs, oof } = fitConcernModel(concernSplits());
  const thresholds = model.thresholds!;
  const concerns = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === 'concern');
  const recall = concerns.filter(({ d, s }) => flagged(d, s, thresholds)).length / Math.max(1, concerns.length);
  model.trainedOn = { documents: docs.length, features: Object.keys(model.weights).length, crossValidatedAccuracy: Number(recall.toFixed(4)) };
  writeFileSync(join(dir, 'concern.json'), `${JSON.stringify(model)}\n`);
  resetConcernModel();
  if (printTable) {
    const rate = (kind: ConcernDoc['kind']) => {
      const g = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === kind);
      return (g.filter(({ d, s }) => flagged(d, s, thresholds)).length / Math.max(1, g.length)).toFixed(3);
    };
    console.log(`concern out of fold: recall ${recall.toFixed(3)}, false alarms ${rate('ordinary')} of ordinary messages, ${rate('statement')} of statements`);
  }
  console.log(`saved concern (softmax, ${Object.keys(model.weights).length} features, thresholds ${JSON.stringify(thresholds)})`);
  return model;
}
