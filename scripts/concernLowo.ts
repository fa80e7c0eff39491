/**
 * Leave-one-writer-out check of the concern detector: for each of the newest sets written apart
 * from the code (one writer each), the model is trained without that set (nor its dev lines),
 * then scores the whole set, as a new writer's wording would be met. The average over the
 * writers is what features, thresholds and rules are chosen by (never the frozen set).
 *
 *   npx tsx scripts/concernLowo.ts                  all eighteen writers (concernWriters.ts: train8 to train15, train17, train18, train27, train28, train36 to train41)
 *   npx tsx scripts/concernLowo.ts train9 train11   some of them
 *   npx tsx scripts/concernLowo.ts --misses         also print each set's misses and false alarms to /tmp/lowo-<set>.txt
 *   npx tsx scripts/concernLowo.ts --sweep          also, for each flag level on a fixed grid, the recall and
 *                                                   false alarms averaged over the writers, and the level to
 *                                                   choose (WRITER_FLAG in trainConcern.ts) and the gentle check's
 */
import { writeFileSync } from 'node:fs';
import { detectConcern, readConcern } from '../src/language/concern';
import { CONCERN_CATEGORIES } from '../src/language/concernCategories';
import { concernSplits, readConcernFile, type LabelledMessage } from '../src/language/corpus';
import { useConcernModel } from '../src/language/model';
import { CONCERN_WRITERS } from './concernWriters';
import { fitConcernModel } from './trainConcern';

const WRITERS = CONCERN_WRITERS;

/** Flag levels tried, and the gentle-check levels below them. */
const GRID = Array.from({ length: 61 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));
/** Out-of-writer false alarms aimed at (averaged), and never exceeded. */
const AIM = 0.06;
const GENTLE_EXTRA = 0.03;

const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith('--'));
const writers = chosen.length > 0 ? WRITERS.filter((w) => chosen.includes(w)) : WRITERS;
const listMisses = args.includes('--misses');

const fromFile = (file: string) => (m: LabelledMessage) => m.id.startsWith(`${file}:`);
const sameText = (text: string) => text.trim().toLowerCase();

const sweeps: Array<Map<string, { recall: number; fpr: number }>> = [];
const totals = { recall: 0, fpr: 0, perCategory: new Map<string, number[]>() };
for (const writer of writers) {
  const file = `concerns.${writer}.jsonl`;
  const held = readConcernFile(file);
  const heldTexts = new Set(held.map((m) => sameText(m.text)));
  const splits = concernSplits();
  // The held writer's lines leave both splits, and so does any other line worded exactly like one.
  const keep = (m: LabelledMessage) => !fromFile(file)(m) && !heldTexts.has(sameText(m.text));
  const { model } = fitConcernModel({ train: splits.train.filter(keep), dev: splits.dev.filter(keep) });
  useConcernModel(model);
  const verdicts = held.map((m) => ({ m, got: detectConcern(m.text) }));
  if (args.includes('--sweep')) sweeps.push(sweep(held, model.thresholds!));
  useConcernModel(null);
  const concerns = verdicts.filter(({ m }) => m.concern === true);
  const ordinary = verdicts.filter(({ m }) => m.concern === false);
  const recall = concerns.filter(({ got }) => got.concern).length / concerns.length;
  const fpr = ordinary.filter(({ got }) => got.concern).length / ordinary.length;
  totals.recall += recall;
  totals.fpr += fpr;
  const cats: string[] = [];
  for (const c of CONCERN_CATEGORIES) {
    const of = concerns.filter(({ m }) => m.category === c);
    if (of.length === 0) continue;
    const r = of.filter(({ got }) => got.concern).length / of.length;
    totals.perCategory.set(c, [...(totals.perCategory.get(c) ?? []), r]);
    cats.push(`${c.slice(0, 12)} ${r.toFixed(2)}`);
  }
  console.log(`${writer}: recall ${recall.toFixed(3)}, false alarms ${fpr.toFixed(3)} | ${cats.join(', ')} | flag ${model.thresholds?.flag}`);
  if (listMisses) {
    const lines = [
      ...concerns.filter(({ got }) => !got.concern).map(({ m }) => `MISS ${m.category}: ${m.text}`),
      ...ordinary.filter(({ got }) => got.concern).map(({ m, got }) => `FA ${got.category}: ${m.text}`),
    ];
    writeFileSync(`/tmp/lowo-${process.env.LOWO_TAG ?? ''}${writer}.txt`, `${lines.join('\n')}\n`);
  }
}
const n = writers.length;
const perCategory = [...totals.perCategory].map(([c, rs]) => `${c} ${(rs.reduce((a, b) => a + b, 0) / rs.length).toFixed(3)}`);
console.log(`\naverage over ${n}: recall ${(totals.recall / n).toFixed(3)}, false alarms ${(totals.fpr / n).toFixed(3)}`);
console.log(`per category: ${perCategory.join(', ')}`);

if (sweeps.length > 0) printSweep(sweeps);


/** `--sweep`: recall and false alarms on one held set at each flag level (and each gentle level below the flag). */
function sweep(held: readonly LabelledMessage[], t: NonNullable<ReturnType<typeof fitConcernModel>['model']['thresholds']>): Map<string, { recall: number; fpr: number }> {
  const readings = held.filter((m) => m.concern !== 'unclear').map((m) => ({ m, r: readConcern(m.text) }));
  const c = readings.filter(({ m }) => m.concern === true);
  const o = readings.filter(({ m }) => m.concern === false);
  const byRule = ({ r }: (typeof readings)[number]) => r.rule !== null && r.probability >= (r.countered ? t.counterVeto : t.veto);
  const out = new Map<string, { recall: number; fpr: number }>();
  for (const flag of GRID) {
    const flagged = (x: (typeof readings)[number]) => byRule(x) || x.r.probability >= flag;
    out.set(`${flag}`, { recall: c.filter(flagged).length / c.length, fpr: o.filter(flagged).length / o.length });
    // gentle: not flagged, but at or above the gentle level: how many ordinary messages get "Are you OK?", how many concerns at least that
    for (const gentle of GRID.filter((g) => g < flag && g >= flag - 0.3)) {
      const reached = (x: (typeof readings)[number]) => flagged(x) || x.r.probability >= gentle;
      out.set(`${flag}/${gentle}`, { recall: c.filter(reached).length / c.length, fpr: o.filter((x) => !flagged(x) && x.r.probability >= gentle).length / o.length });
    }
  }
  return out;
}

function printSweep(perWriter: ReadonlyArray<Map<string, { recall: number; fpr: number }>>): void {
  const avg = (key: string) => {
    const rows = perWriter.map((m) => m.get(key)!);
    return { recall: rows.reduce((a, r) => a + r.recall, 0) / rows.length, fpr: rows.reduce((a, r) => a + r.fpr, 0) / rows.length, worst: Math.max(...rows.map((r) => r.fpr)) };
  };
  console.log('\nflag level: recall / false alarms averaged over the writers (worst writer)');
  for (const flag of GRID.filter((_, i) => i % 5 === 0)) {
    const a = avg(`${flag}`);
    console.log(`  ${flag.toFixed(2)}: ${a.recall.toFixed(3)} / ${a.fpr.toFixed(3)} (${a.worst.toFixed(3)})`);
  }
  const chosen = [...GRID].reverse().reduce((best, flag) => (avg(`${flag}`).fpr <= AIM ? flag : best), GRID[GRID.length - 1]!);
  const a = avg(`${chosen}`);
  console.log(`flag to choose (lowest with average false alarms <= ${AIM}): ${chosen}: recall ${a.recall.toFixed(3)}, false alarms ${a.fpr.toFixed(3)}`);
  const gentles = GRID.filter((g) => g < chosen && g >= chosen - 0.3);
  const gentle = [...gentles].reverse().reduce((best, g) => (avg(`${chosen}/${g}`).fpr <= GENTLE_EXTRA ? g : best), chosen);
  if (gentle < chosen) {
    const g = avg(`${chosen}/${gentle}`);
    console.log(`gentle check from ${gentle} (extra checks on ordinary messages <= ${GENTLE_EXTRA}): flagged or checked ${g.recall.toFixed(3)}, extra checks ${g.fpr.toFixed(3)}`);
  }
}
