/**
 * A quicker leave-one-writer-out check of the concern model, for comparing features and flag levels
 * (concernLowo.ts fits six models per writer and reads every held line through the whole detector:
 * about eight minutes a writer on a busy machine). Here every line's features are read once, each
 * writer costs one fit, and a held line counts as flagged the way training's thresholds count it
 * (concernThresholds.ts `flagged`: a rule the classifier does not veto, or the classifier alone at
 * the flag), at the veto levels of the model in use. It leaves out the detector's other paths (a
 * disclosure buried in a long answer, fear at home, worry for someone at home), so its false alarms
 * read about 0.01 below concernLowo.ts's; use it to compare, and concernLowo.ts for the figures.
 * Never reads the frozen or fresh sets.
 *
 *   npx tsx scripts/concernLowoFast.ts                 the writers of concernLowo.ts (concernWriters.ts)
 *   npx tsx scripts/concernLowoFast.ts train9 train13  some of them
 */
import { clearedConcernText, matchRules } from '../src/language/concern';
import { CONCERN_CATEGORIES } from '../src/language/concernCategories';
import { CONCERN_TRAINING_FILES, DEV_EVERY, DEV_FILES, readConcernFile, readStatements } from '../src/language/corpus';
import { loadConcernModel } from '../src/language/model';
import { CONCERN_WRITERS } from './concernWriters';
import { concernDoc, fitSoftmax, scoreDocs, type ConcernDoc } from './trainConcern';

const WRITERS: readonly string[] = CONCERN_WRITERS;
const FLAGS = [0.25, 0.3, 0.34, 0.4, 0.45];

interface Line {
  file: string;
  /** In the dev split: never trained on. */
  dev: boolean;
  text: string;
  category: string | null;
  doc: ConcernDoc;
  /** A matching rule reads words ordinary talk does not use: no veto. */
  firm: boolean;
}

const same = (text: string) => text.trim().toLowerCase();

function readLines(): Line[] {
  const lines: Line[] = [];
  for (const file of CONCERN_TRAINING_FILES) {
    readConcernFile(file).forEach((m, i) => {
      lines.push({ file, dev: DEV_FILES.has(file) && i % DEV_EVERY === DEV_EVERY - 1, text: m.text, category: m.category, doc: concernDoc(m), firm: matchRules(clearedConcernText(m.text)).firm });
    });
  }
  for (const s of readStatements('train')) lines.push({ file: 'statements', dev: false, text: s.text, category: null, doc: concernDoc({ text: s.text, concern: false, category: null }, 'statement'), firm: false });
  return lines;
}

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const writers = chosen.length > 0 ? WRITERS.filter((w) => chosen.includes(w)) : WRITERS;
const { veto, counterVeto } = loadConcernModel()?.thresholds ?? { veto: 0.05, counterVeto: 0.2 };
const lines = readLines();
const devTexts = new Set(lines.filter((l) => l.dev).map((l) => same(l.text)));

/** Per flag level, per writer: recall, false alarms, and recall per category. */
const results = new Map<number, Array<{ recall: number; fpr: number; perCategory: Map<string, number> }>>(FLAGS.map((f) => [f, []]));
for (const writer of writers) {
  const file = `concerns.${writer}.jsonl`;
  const heldTexts = new Set(lines.filter((l) => l.file === file).map((l) => same(l.text)));
  // As concernSplits and concernLowo.ts: no dev line, no line of the held writer, no line worded like one.
  const train = lines.filter((l) => l.file !== file && !heldTexts.has(same(l.text)) && (l.file === 'statements' || (!l.dev && !devTexts.has(same(l.text)))));
  const held = lines.filter((l) => l.file === file && l.doc.kind !== 'unclear');
  const scores = scoreDocs(fitSoftmax(train.map((l) => l.doc)), held.map((l) => l.doc));
  for (const flag of FLAGS) {
    const hit = held.map((l, i) => (l.doc.rule > 0 && scores[i]!.p >= (l.doc.countered ? counterVeto : l.firm ? 0 : veto)) || scores[i]!.p >= flag);
    const concerns = held.flatMap((l, i) => (l.doc.kind === 'concern' ? [{ l, hit: hit[i]! }] : []));
    const ordinary = held.flatMap((l, i) => (l.doc.kind === 'ordinary' ? [hit[i]!] : []));
    const perCategory = new Map<string, number>();
    for (const c of CONCERN_CATEGORIES) {
      const of = concerns.filter(({ l }) => l.category === c);
      if (of.length > 0) perCategory.set(c, of.filter((x) => x.hit).length / of.length);
    }
    const row = { recall: concerns.filter((x) => x.hit).length / concerns.length, fpr: ordinary.filter(Boolean).length / ordinary.length, perCategory };
    results.get(flag)!.push(row);
    if (flag === FLAGS[2]) console.log(`${writer}: recall ${row.recall.toFixed(3)}, false alarms ${row.fpr.toFixed(3)} at flag ${flag}`);
  }
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`\naverage over ${writers.length} writers (veto ${veto}, beside a joke or a lesson ${counterVeto}):`);
for (const [flag, rows] of results) {
  const cats = CONCERN_CATEGORIES.map((c) => `${c} ${mean(rows.flatMap((r) => (r.perCategory.has(c) ? [r.perCategory.get(c)!] : []))).toFixed(3)}`);
  console.log(`  flag ${flag}: recall ${mean(rows.map((r) => r.recall)).toFixed(3)}, false alarms ${mean(rows.map((r) => r.fpr)).toFixed(3)} | ${cats.join(', ')}`);
}
