import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodeFeatures, featureId } from './featureIndex';
import { forgetAllReadings } from './recentReadings';

/**
 * A trained classifier as saved by `npm run train`: natural's logistic regression or naive Bayes
 * reduced to one weight per feature and label, so classifying is a sum over the features present
 * (natural's own objects keep every training document and compare each feature to each token).
 */
export interface SavedModel {
  /** Which classifier was trained: natural's, or a multinomial logistic regression (softmax) fitted in scripts/trainConcern.ts. */
  type: 'logistic' | 'bayes' | 'softmax';
  labels: string[];
  /** Added to each label's score: the log prior for Bayes; for logistic regression the intercept, refitted in training because natural drops it. */
  bias: number[];
  weights: Record<string, number[]>;
  /**
   * When set, `weights` and `bias` are whole numbers to be multiplied by this (the concern model is
   * saved so: whole hundredths take a third of the room of four-digit decimals).
   */
  scale?: number;
  /** For a yes/no safety net: the probability of "true" at which it fires (chosen in training). */
  threshold?: number;
  /** For the concern model: the probabilities of a concern at which it flags, gently checks, or overrules a rule (chosen in training). */
  thresholds?: ConcernThresholds;
  /** How the model was chosen: cross-validated accuracy on the training split. */
  trainedOn?: { documents: number; features: number; crossValidatedAccuracy: number };
}

/**
 * The concern model's probabilities of a concern: at `flag` it flags on its own, at `sure` it is
 * confident enough for the full safeguarding answer without asking first, at `unclear` a message
 * is worth a gentle check, and below `veto` a rule's flag is overruled (below `counterVeto` when
 * the message also reads as a lesson, a wish to help, a joke or an accident). In the chat a
 * possible disclosure below `check` interrupts nothing: plan answers must not be met with "are you
 * OK?" again and again.
 */
export interface ConcernThresholds {
  flag: number;
  check: number;
  sure: number;
  unclear: number;
  veto: number;
  counterVeto: number;
}

export interface Prediction {
  label: string;
  /** 0 to 1, comparable within one model. */
  confidence: number;
  scores: number[];
}

export class LinearClassifier {
  /** For each shared feature number (featureIndex.ts), 1 + its row in `rows`, or 0 when the model does not know it. */
  private readonly rowOf: Int32Array;
  /** The weights of every known feature, one row of `labelCount` numbers each. */
  private readonly rows: Float64Array;
  private readonly labelCount: number;

  private readonly model: SavedModel;

  constructor(model: SavedModel) {
    const entries = Object.entries(model.weights);
    const labelCount = model.bias.length;
    const scale = model.scale ?? 1;
    if (scale !== 1) model = { ...model, bias: model.bias.map((b) => b * scale) };
    this.model = model;
    const ids = entries.map(([feature]) => featureId(feature));
    this.rowOf = new Int32Array(ids.reduce((max, id) => Math.max(max, id + 1), 0));
    this.rows = new Float64Array(entries.length * labelCount);
    entries.forEach(([, w], row) => {
      this.rowOf[ids[row]!] = row + 1;
      for (let i = 0; i < labelCount; i++) this.rows[row * labelCount + i] = (w[i] ?? 0) * scale;
    });
    this.labelCount = labelCount;
  }

  get labels(): readonly string[] {
    return this.model.labels;
  }

  /** Scores per label for a bag of feature tokens (duplicates count once, as in natural). */
  scores(features: readonly string[]): number[] {
    return this.scoresOfEncoded(encodeFeatures(features));
  }

  /** Scores per label for features already encoded (encodeFeatures), so several models share one lookup. */
  scoresOfEncoded(ids: readonly number[]): number[] {
    const scores = this.model.bias.slice();
    const { rowOf, rows, labelCount } = this;
    for (const id of ids) {
      const row = id < rowOf.length ? rowOf[id]! : 0;
      if (row === 0) continue;
      const base = (row - 1) * labelCount;
      for (let i = 0; i < labelCount; i++) scores[i]! += rows[base + i]!;
    }
    return scores;
  }

  /** Probabilities of every label (softmax of the scores), in the order of `labels`. */
  distribution(features: readonly string[]): number[] {
    const scores = this.scores(features);
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const total = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / total);
  }

  get thresholds(): ConcernThresholds | undefined {
    return this.model.thresholds;
  }

  /** Probability of one label, for a two-label model (logistic: that label's sigmoid against the other's). */
  probability(features: readonly string[], label: string): number {
    const prediction = this.predict(features);
    const i = this.model.labels.indexOf(label);
    if (i < 0) return 0;
    if (this.model.type === 'logistic') {
      const sig = prediction.scores.map((s) => 1 / (1 + Math.exp(-s)));
      return sig[i]! / (sig.reduce((a, b) => a + b, 0) || 1);
    }
    const max = Math.max(...prediction.scores);
    const exp = prediction.scores.map((s) => Math.exp(s - max));
    return exp[i]! / exp.reduce((a, b) => a + b, 0);
  }

  get threshold(): number {
    return this.model.threshold ?? 0.5;
  }

  predict(features: readonly string[]): Prediction {
    return this.predictEncoded(encodeFeatures(features));
  }

  /** The prediction for features already encoded (encodeFeatures). */
  predictEncoded(ids: readonly number[]): Prediction {
    const scores = this.scoresOfEncoded(ids);
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
    let confidence: number;
    if (this.model.type === 'logistic') {
      const sig = scores.map((s) => 1 / (1 + Math.exp(-s)));
      const total = sig.reduce((a, b) => a + b, 0) || 1;
      confidence = sig[best]! / total;
    } else {
      const max = scores[best]!;
      const exp = scores.map((s) => Math.exp(s - max));
      confidence = 1 / exp.reduce((a, b) => a + b, 0);
    }
    return { label: this.model.labels[best]!, confidence, scores };
  }
}

export const MODEL_NAMES = ['kind', 'theme', 'specific', 'measurable'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Which feature set each model reads (see features.ts). */
export const MODEL_FEATURES: Readonly<Record<ModelName, 'features' | 'topic'>> = {
  kind: 'features',
  theme: 'features',
  specific: 'features',
  measurable: 'features',
};

/**
 * Where the model files are: beside this module (tsx), or in the sources of the project folder
 * that holds a build (the one-file server in dist/, found from any depth inside the project).
 */
export function modelDirectory(): string {
  const beside = join(__dirname, 'models');
  if (existsSync(join(beside, 'kind.json'))) return beside;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const inSources = join(dir, 'src', 'language', 'models');
    if (existsSync(join(inSources, 'kind.json'))) return inSources;
    if (dirname(dir) === dir) return beside;
  }
}

let loaded: Record<ModelName, LinearClassifier> | null = null;
let concernLoaded: LinearClassifier | null | undefined;

/** The concern model (none or one of the categories); null when it has not been trained. */
export function loadConcernModel(): LinearClassifier | null {
  if (concernLoaded !== undefined) return concernLoaded;
  const file = join(modelDirectory(), 'concern.json');
  concernLoaded = existsSync(file) ? new LinearClassifier(JSON.parse(readFileSync(file, 'utf8')) as SavedModel) : null;
  return concernLoaded;
}

/** Uses this concern model in place of the saved one (leave-one-writer-out evaluation); null forgets it. */
export function useConcernModel(model: SavedModel | null): void {
  concernLoaded = model ? new LinearClassifier(model) : undefined;
  // Readings kept for the turn were made with the model before: none may outlive it.
  forgetAllReadings();
}

/** Forgets the loaded concern model (after training writes a new one). */
export function resetConcernModel(): void {
  concernLoaded = undefined;
  forgetAllReadings();
}

/** The trained models, read from disk once (lazily, or up front by calling this at start-up). */
export function loadModels(): Record<ModelName, LinearClassifier> {
  if (loaded) return loaded;
  const dir = modelDirectory();
  const read = (name: ModelName) =>
    new LinearClassifier(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as SavedModel);
  loaded = { kind: read('kind'), theme: read('theme'), specific: read('specific'), measurable: read('measurable') };
  return loaded;
}
