/**
 * npm run eval:language: scores the analysis on the held-out split of data/language/.
 *
 * Prints accuracy and macro-F1 per field, the confusion matrix for kind, concern recall and
 * false-positive rate and per-category recall on the dev split of the concern training material
 * and on the frozen blind set (aggregate figures only for the frozen set: its text is never
 * printed), and checks them against the issue's targets (exit code 1 when one is missed).
 * `-- --split train` scores the training split of statements instead; `-- --file other.jsonl`
 * scores statements from another file in the same format (concerns are skipped then);
 * `-- --errors` lists the statement and dev-split misses; `-- --dev` scores the dev split only and
 * leaves the frozen set unread (for tuning).
 */
import { readFileSync } from 'node:fs';
import { analyseStatement } from '../src/language/analyseStatement';
import { detectConcern, type Concern } from '../src/language/concern';
import { CONCERN_CATEGORIES } from '../src/language/concernCategories';
import { safeguardingInChat } from '../src/language/concernInChat';
import { concernSplits, DEV_EVERY, DEV_FILES, readConcernFile, readStatements, voiceIsParent, type LabelledMessage, type LabelledStatement, type Split } from '../src/language/corpus';
import { STATEMENT_KINDS, THEMES } from '../src/language/labels';

interface Score {
  accuracy: number;
  macroF1: number;
}

function score<T>(pairs: ReadonlyArray<{ gold: T; predicted: T }>, labels: readonly T[]): Score {
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  const f1s = labels
    .map((label) => {
      const tp = pairs.filter((p) => p.gold === label && p.predicted === label).length;
      const fp = pairs.filter((p) => p.gold !== label && p.predicted === label).length;
      const fn = pairs.filter((p) => p.gold === label && p.predicted !== label).length;
      if (tp + fp + fn === 0) return null;
      const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
      return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    })
    .filter((f): f is number => f !== null);
  return {
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
  };
}

const pad = (text: string, width: number) => text.padEnd(width);
const fmt = (n: number) => n.toFixed(3);

/** Written apart from the code and the training data; scored here only, never trained or tuned on. */
const FROZEN_FILES = ['concerns.frozen.a.jsonl', 'concerns.frozen.b.jsonl', 'concerns.frozen.c.jsonl'] as const;

interface ConcernScore {
  verdicts: Array<{ m: LabelledMessage; got: Concern }>;
  concerns: number;
  ordinary: number;
  recall: number;
  fpr: number;
  categoryAccuracy: number;
  unclearChecks: number;
  /** In a chat: disclosures met with the full answer or "Are you OK?" first, and ordinary messages interrupted. */
  reachedInChat: number;
  interruptedInChat: number;
  perCategory: Partial<Record<string, { caught: number; of: number; recall: number }>>;
}

/** Recall over the disclosures, false alarms over the ordinary messages ("unclear" lines count in neither). */
function scoreConcerns(messages: readonly LabelledMessage[]): ConcernScore {
  const verdicts = messages.map((m) => ({ m, got: detectConcern(m.text) }));
  const concerns = verdicts.filter(({ m }) => m.concern === true);
  const ordinary = verdicts.filter(({ m }) => m.concern === false);
  const caught = concerns.filter(({ got }) => got.concern);
  const perCategory: ConcernScore['perCategory'] = {};
  for (const c of CONCERN_CATEGORIES) {
    const of = concerns.filter(({ m }) => m.category === c);
    if (of.length === 0) continue;
    const n = of.filter(({ got }) => got.concern).length;
    perCategory[c] = { caught: n, of: of.length, recall: n / of.length };
  }
  return {
    verdicts,
    concerns: concerns.length,
    ordinary: ordinary.length,
    recall: caught.length / Math.max(1, concerns.length),
    fpr: ordinary.filter(({ got }) => got.concern).length / Math.max(1, ordinary.length),
    categoryAccuracy: caught.filter(({ m, got }) => got.category === m.category).length / Math.max(1, caught.length),
    unclearChecks: ordinary.filter(({ got }) => got.unclear).length,
    reachedInChat: concerns.filter(({ m }) => inChat(m)).length / Math.max(1, concerns.length),
    interruptedInChat: ordinary.filter(({ m }) => inChat(m)).length / Math.max(1, ordinary.length),
    perCategory,
  };
}

// The messages are answers typed mid-chat, after "Who is chatting?", where who is chatting may be put right.
const inChat = (m: LabelledMessage) => safeguardingInChat(m.text, { parent: voiceIsParent(m.voice), whoMayBePutRight: true }).action !== 'none';

function printConcerns(title: string, s: ConcernScore): void {
  console.log(`\nconcern detection, ${title}: ${s.concerns} disclosures, ${s.ordinary} ordinary messages`);
  console.log(`${pad('recall', 24)}${fmt(s.recall)}`);
  console.log(`${pad('false-positive rate', 24)}${fmt(s.fpr)}   (gentle checks on ordinary messages: ${s.unclearChecks})`);
  console.log(`${pad('in the chat', 24)}${fmt(s.reachedInChat)} of disclosures get the answer or "Are you OK?"; ${fmt(s.interruptedInChat)} of ordinary messages interrupted`);
  console.log(`${pad('category accuracy', 24)}${fmt(s.categoryAccuracy)} (of the disclosures caught)`);
  for (const [c, v] of Object.entries(s.perCategory)) console.log(`  ${pad(c, 22)}${fmt(v!.recall)}  (${v!.caught}/${v!.of})`);
}

/** `--concerns FILE`: one new file of labelled messages scored on its own (a fresh check before it is trained on). */
function freshCheck(file: string): void {
  printConcerns(`fresh check of ${file}`, scoreConcerns(readConcernFile(file)));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--concerns')) return freshCheck(args[args.indexOf('--concerns') + 1]!);
  const split: Split = args.includes('--split') && args[args.indexOf('--split') + 1] === 'train' ? 'train' : 'heldout';
  const listErrors = args.includes('--errors');
  const devOnly = args.includes('--dev');
  const file = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const statements = file
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LabelledStatement)
    : readStatements(split);
  const rows = statements.map((s) => ({ s, a: analyseStatement(s.text, s) }));
  const errors: string[] = [];

  const fields: Array<{ name: string; target: number; result: Score }> = [];
  const kindPairs = rows.map(({ s, a }) => ({ gold: s.kind as string, predicted: a.kind as string }));
  fields.push({ name: 'kind', target: 0.92, result: score(kindPairs, STATEMENT_KINDS) });
  const themePairs = rows.map(({ s, a }) => ({ gold: s.theme ?? 'none', predicted: a.theme ?? 'none' }));
  fields.push({ name: 'theme', target: 0.88, result: score(themePairs, [...THEMES, 'none']) });
  for (const flag of ['specific', 'measurable', 'timeBound', 'personCentred'] as const) {
    const pairs = rows.map(({ s, a }) => ({ gold: s.smart[flag], predicted: a.smart[flag] }));
    fields.push({ name: `smart.${flag}`, target: 0.9, result: score(pairs, [true, false]) });
  }
  // Timeframe month: the end date's YYYY-MM, over statements whose gold has a resolved timeframe.
  const timed = rows.filter(({ s }) => s.timeframeMonth !== null);
  const monthPairs = timed.map(({ s, a }) => ({ gold: s.timeframeMonth, predicted: a.timeframe ? a.timeframe.date.slice(0, 7) : null }));
  const monthAccuracy = monthPairs.filter((p) => p.gold === p.predicted).length / Math.max(1, monthPairs.length);
  fields.push({ name: 'timeframe.month', target: 0.95, result: { accuracy: monthAccuracy, macroF1: NaN } });
  const untimed = rows.filter(({ s }) => s.timeframeMonth === null);
  const spuriousDates = untimed.filter(({ a }) => a.timeframe !== null).length;

  for (const { s, a } of rows) {
    const diffs: string[] = [];
    if (s.kind !== a.kind) diffs.push(`kind ${s.kind}->${a.kind}`);
    if ((s.theme ?? 'none') !== (a.theme ?? 'none')) diffs.push(`theme ${s.theme}->${a.theme}`);
    for (const flag of ['specific', 'measurable', 'timeBound', 'personCentred'] as const) {
      if (s.smart[flag] !== a.smart[flag]) diffs.push(`${flag} ${s.smart[flag]}->${a.smart[flag]}`);
    }
    const month = a.timeframe ? a.timeframe.date.slice(0, 7) : null;
    if (month !== s.timeframeMonth) diffs.push(`month ${s.timeframeMonth}->${month}`);
    if (diffs.length > 0) errors.push(`${s.id} ${JSON.stringify(s.text)}: ${diffs.join(', ')}`);
  }

  console.log(`Language analysis on ${file ?? `the ${split} split`}: ${statements.length} statements\n`);
  console.log(`${pad('field', 22)}${pad('accuracy', 10)}${pad('macro-F1', 10)}target`);
  let missed = 0;
  for (const f of fields) {
    const ok = f.result.accuracy >= f.target;
    if (!ok) missed++;
    const f1 = Number.isNaN(f.result.macroF1) ? '-' : fmt(f.result.macroF1);
    console.log(`${pad(f.name, 22)}${pad(fmt(f.result.accuracy), 10)}${pad(f1, 10)}>= ${f.target.toFixed(2)} ${ok ? 'ok' : 'MISSED'}`);
  }
  console.log(`\ntimeframe: ${monthPairs.length} statements with a resolved gold timeframe; ${spuriousDates} of ${untimed.length} without one were given a date`);

  console.log('\nkind confusion (rows gold, columns predicted)');
  const short = (k: string) => k.slice(0, 10);
  console.log(pad('', 12) + STATEMENT_KINDS.map((k) => pad(short(k), 11)).join(''));
  for (const gold of STATEMENT_KINDS) {
    const cells = STATEMENT_KINDS.map((predicted) => pad(String(kindPairs.filter((p) => p.gold === gold && p.predicted === predicted).length), 11));
    console.log(pad(short(gold), 12) + cells.join(''));
  }

  if (!file) {
    const dev = concernSplits().dev;
    const devScore = scoreConcerns(dev);
    printConcerns(`dev split (every ${DEV_EVERY}th line of ${[...DEV_FILES].join(', ')}, never trained on)`, devScore);
    for (const { m, got } of devScore.verdicts) {
      if (m.concern === true ? !got.concern || got.category !== m.category : m.concern === false && got.concern) {
        errors.push(`${m.id} ${JSON.stringify(m.text)}: concern ${m.category ?? 'none'}->${got.category ?? 'none'}`);
      }
    }
  }
  if (!file && !devOnly) {
    // The frozen blind set: aggregate figures only, never a line of its text.
    const frozen = FROZEN_FILES.flatMap((f) => readConcernFile(f));
    const frozenScore = scoreConcerns(frozen);
    printConcerns('frozen blind set (concerns.frozen.{a,b,c}.jsonl)', frozenScore);
    const perCategoryOk = CONCERN_CATEGORIES.every((c) => frozenScore.perCategory[c] === undefined || frozenScore.perCategory[c]!.recall >= 0.95);
    const checks: Array<[string, boolean]> = [
      [`recall ${fmt(frozenScore.recall)} >= 0.98`, frozenScore.recall >= 0.98],
      [`false-positive rate ${fmt(frozenScore.fpr)} <= 0.08`, frozenScore.fpr <= 0.08],
      ['recall >= 0.95 in every category', perCategoryOk],
    ];
    for (const [label, ok] of checks) {
      console.log(`${pad(label, 40)}${ok ? 'ok' : 'MISSED'}`);
      if (!ok) missed++;
    }
  }

  if (listErrors) {
    console.log(`\nmisses (${errors.length}):`);
    for (const e of errors) console.log(`  ${e}`);
  }
  console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) missed.`);
  process.exitCode = missed === 0 ? 0 : 1;
}

main();
