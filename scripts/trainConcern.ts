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
 * The flag threshold is then WRITER_FLAG, chosen across writers (scripts/concernLowo.ts --sweep:
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
import { LinearClassifier, resetConcernModel, type ConcernThresholds, type SavedModel } from '../src/language/model';

export const LABELS = ['none', ...CONCERN_CATEGORIES] as const;

const FLAG_FALSE_ALARMS = { messages: 0.07, statements: 0.006 };
const VETO_RECALL_LOSS = 0.004;
/**
 * A rule in a message that also reads as a lesson, a wish to help, a joke or an accident needs this much of the
 * classifier. 0.2 (was 0.5), chosen on the dev split: young people soften disclosures with "lol" and bury them in
 * hopes ("i want to be a police officer so i can protect my mum from her boyfriend"); 7 more of 2,134 caught, 1 more
 * false alarm of 1,860.
 */
const COUNTER_VETO = Number(process.env.CONCERN_COUNTER_VETO ?? 0.2);
/**
 * Chosen by leave-one-writer-out over ten writers (train8 to train15, train17, train18; 2 December
 * 2026): the lowest flag level whose out-of-writer false alarms average at most 0.06 (0.22: recall
 * 0.965, false alarms 0.060, averaged over the writers). Was 0.37 over train8 to train13.
 */
export const WRITER_FLAG = 0.22;
/** The gentle check's level, chosen the same way: at most 0.03 more ordinary messages asked "Are you OK?". */
export const WRITER_GENTLE = 0.2; // never below the level the plan statements allow (chooseUnclear)
const FLAG_CHOICE = process.env.CONCERN_FLAG ?? 'writers';
const DEV_FALSE_ALARMS = Number(process.env.CONCERN_DEV_FALSE_ALARMS ?? 0.06);
const DEV_STATEMENT_FALSE_ALARMS = Number(process.env.CONCERN_DEV_STATEMENTS ?? 0.01);
const UNCLEAR_FALSE_ALARMS = { messages: 0.03, statements: 0.005 };
const SURE_FALSE_ALARMS = { messages: 0.01, statements: 0.002 };
/** Out-of-fold false alarms on plan statements allowed for a gentle check in the chat. */
const CHECK_STATEMENT_FALSE_ALARMS = 0.007;
/** The gentle check never starts below this probability: long plan answers touching family and money sit just under it. */
const CHECK_FLOOR = Number(process.env.CONCERN_CHECK_FLOOR ?? 0.6);
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

export type Thresholds = ConcernThresholds;

/** Whether a document is flagged at these thresholds: a rule not vetoed, or the model alone. */
export const flagged = (d: ConcernDoc, s: { p: number }, t: Thresholds) => (d.rule > 0 && s.p >= (d.countered ? t.counterVeto : t.veto)) || s.p >= t.flag;

function chooseThresholds(docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>): Thresholds {
  const rate = (kind: ConcernDoc['kind'], t: Thresholds) => {
    const group = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === kind);
    return group.filter(({ d, s }) => flagged(d, s, t)).length / Math.max(1, group.length);
  };
  const concerns = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === 'concern');
  const vetoes = [0, 0.005, 0.01, 0.02, 0.03, 0.05];
  let veto = 0;
  for (const v of vetoes) {
    const lost = concerns.filter(({ d, s }) => d.rule > 0 && s.p < v).length / Math.max(1, concerns.length);
    if (lost <= VETO_RECALL_LOSS) veto = v;
  }
  let flag = 0.99;
  for (let t = 0.99; t >= 0.05; t -= 0.01) {
    const at = { flag: t, check: 1, sure: 1, unclear: 1, veto, counterVeto: COUNTER_VETO };
    if (rate('ordinary', at) > FLAG_FALSE_ALARMS.messages || rate('statement', at) > FLAG_FALSE_ALARMS.statements) break;
    flag = Number(t.toFixed(2));
  }
  const extra = (kind: ConcernDoc['kind'], t: number) => {
    const group = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === kind);
    return group.filter(({ d, s }) => !flagged(d, s, { flag, check: 1, sure: 1, unclear: 1, veto, counterVeto: COUNTER_VETO }) && s.p >= t).length / Math.max(1, group.length);
  };
  return { flag, check: flag, sure: chooseSure(docs, oof, flag), unclear: chooseUnclear(flag, extra), veto, counterVeto: COUNTER_VETO };
}

function chooseUnclear(flag: number, extra: (kind: ConcernDoc['kind'], t: number) => number): number {
  let unclear = flag;
  for (let t = flag; t >= 0.02; t -= 0.01) {
    if (extra('ordinary', t) > UNCLEAR_FALSE_ALARMS.messages || extra('statement', t) > UNCLEAR_FALSE_ALARMS.statements) break;
    unclear = Number(t.toFixed(2));
  }
  return unclear;
}

/** The lowest probability, not below the flag, at which the classifier's own false alarms stay within SURE_FALSE_ALARMS. */
function chooseSure(docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>, flag: number): number {
  const alone = (kind: ConcernDoc['kind'], t: number) => {
    const group = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === kind);
    return group.filter(({ d, s }) => d.rule === 0 && s.p >= t).length / Math.max(1, group.length);
  };
  let sure = 0.99;
  for (let t = 0.99; t >= flag; t -= 0.01) {
    if (alone('ordinary', t) > SURE_FALSE_ALARMS.messages || alone('statement', t) > SURE_FALSE_ALARMS.statements) break;
    sure = Number(t.toFixed(2));
  }
  return sure;
}

/** The lowest probability from the flag up at which the classifier's own false alarms on plan statements stay within CHECK_STATEMENT_FALSE_ALARMS. */
function chooseCheck(docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>, flag: number, sure: number): number {
  const statements = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === 'statement');
  const rate = (t: number) => statements.filter(({ d, s }) => d.rule === 0 && s.p >= t).length / Math.max(1, statements.length);
  let check = sure;
  for (let t = sure; t >= flag; t -= 0.01) {
    if (rate(t) > CHECK_STATEMENT_FALSE_ALARMS) break;
    check = Number(t.toFixed(2));
  }
  return check;
}

/**
 * The flag threshold tuned on the dev split: the lowest at which the dev split's false alarms stay
 * within DEV_FALSE_ALARMS and the out-of-fold false alarms on plan statements within
 * DEV_STATEMENT_FALSE_ALARMS; never above the out-of-fold choice.
 */
function tuneOnDev(model: SavedModel, chosen: Thresholds, docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>, devLines: readonly LabelledMessage[]): Thresholds {
  const dev = devLines.filter((m) => m.concern !== 'unclear').map((m) => concernDoc(m));
  const scores = scoreDocs(model, dev);
  const ordinary = dev.map((d, i) => ({ d, s: scores[i]! })).filter(({ d }) => d.kind === 'ordinary');
  const statements = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === 'statement');
  if (FLAG_CHOICE !== 'dev') {
    // The writers' level, raised only as far as the plan statements need.
    let flag = Math.max(WRITER_FLAG, 0.3);
    for (let t = flag; t <= 0.99; t += 0.01) {
      flag = Number(t.toFixed(2));
      const at = { ...chosen, flag };
      if (statements.filter(({ d, s }) => flagged(d, s, at)).length / Math.max(1, statements.length) <= DEV_STATEMENT_FALSE_ALARMS) break;
    }
    const sure = Math.max(chosen.sure, flag);
    return { ...chosen, flag, check: Math.min(sure, Math.max(CHECK_FLOOR, chooseCheck(docs, oof, flag, sure))), sure, unclear: Math.min(flag, Math.max(WRITER_GENTLE, chosen.unclear)) };
  }
  let flag = chosen.flag;
  for (let t = chosen.flag; t >= 0.3; t -= 0.01) {
    const at = { ...chosen, flag: t };
    const devRate = ordinary.filter(({ d, s }) => flagged(d, s, at)).length / Math.max(1, ordinary.length);
    const statementRate = statements.filter(({ d, s }) => flagged(d, s, at)).length / Math.max(1, statements.length);
    if (devRate > DEV_FALSE_ALARMS || statementRate > DEV_STATEMENT_FALSE_ALARMS) break;
    flag = Number(t.toFixed(2));
  }
  const sure = Math.max(chosen.sure, flag);
  return { ...chosen, flag, check: Math.min(sure, Math.max(CHECK_FLOOR, chooseCheck(docs, oof, flag, sure))), sure, unclear: Math.min(chosen.unclear, flag) };
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
