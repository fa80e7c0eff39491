/**
 * Leave-one-writer-out check of the concern detector: for each of the newest sets written apart
 * from the code (one writer each), the model is trained without that set (nor its dev lines),
 * then scores the whole set, as a new writer's wording would be met. The average over the
 * writers is what features, thresholds and rules are chosen by (never the frozen set).
 *
 *   npx tsx scripts/concernLowo.ts                  all four writers
 *   npx tsx scripts/concernLowo.ts train9 train11   some of them
 *   npx tsx scripts/concernLowo.ts --misses         also print each set's misses and false alarms to /tmp/lowo-<set>.txt
 */
import { writeFileSync } from 'node:fs';
import { detectConcern, readConcern } from '../src/language/concern';
import { CONCERN_CATEGORIES } from '../src/language/concernCategories';
import { concernSplits, readConcernFile, type LabelledMessage } from '../src/language/corpus';
import { useConcernModel } from '../src/language/model';
import { fitConcernModel } from './trainConcern';

const WRITERS = ['train8', 'train9', 'train10', 'train11'] as const;

const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith('--'));
const writers = chosen.length > 0 ? WRITERS.filter((w) => chosen.includes(w)) : WRITERS;
const listMisses = args.includes('--misses');

const fromFile = (file: string) => (m: LabelledMessage) => m.id.startsWith(`${file}:`);
const sameText = (text: string) => text.trim().toLowerCase();

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
  if (args.includes('--sweep')) sweep(held, model.thresholds!);
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

/** `--sweep`: recall and false alarms on the held set had the flag been lower (how much a lower threshold would buy). */
function sweep(held: readonly LabelledMessage[], t: NonNullable<ReturnType<typeof fitConcernModel>['model']['thresholds']>): void {
  const readings = held.map((m) => ({ m, r: readConcern(m.text) }));
  const out: string[] = [];
  for (let flag = t.flag; flag >= t.flag - 0.251; flag -= 0.05) {
    const flagged = ({ r }: (typeof readings)[number]) => (r.rule !== null && r.probability >= (r.countered ? t.counterVeto : t.veto)) || r.probability >= flag;
    const c = readings.filter(({ m }) => m.concern === true);
    const o = readings.filter(({ m }) => m.concern === false);
    out.push(`${flag.toFixed(2)}: ${(c.filter(flagged).length / c.length).toFixed(3)}/${(o.filter(flagged).length / o.length).toFixed(3)}`);
  }
  console.log(`  lower flags (recall/false alarms): ${out.join(', ')}`);
}
