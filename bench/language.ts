/**
 * Language analysis speed: statements analysed per second in one process (target >= 5,000) and
 * the time to load the trained models (target <= 300 ms). The project's benchmark runner imports
 * benchLanguage; `npx tsx bench/language.ts [--quick]` prints it alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseStatement } from '../src/language/analyseStatement';
import { loadModels, modelDirectory, LinearClassifier, MODEL_NAMES, type SavedModel } from '../src/language/model';

export interface LanguageBenchResult {
  statementsPerSecond: number;
  modelLoadMs: number;
}

/** Statements from the held-out corpus, each with its own context, cycled through. */
function sampleStatements(): Array<{ text: string; today: string; schoolYear?: number; dateOfBirth?: string }> {
  const file = join(__dirname, '..', 'data', 'language', 'statements.heldout.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; today: string; schoolYear?: number; dateOfBirth?: string });
}

/** Reading and parsing every model file afresh, as start-up does (median of a few runs). */
function measureModelLoad(runs: number): number {
  const dir = modelDirectory();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const name of MODEL_NAMES) {
      new LinearClassifier(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as SavedModel);
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchLanguage(opts: { quick: boolean }): Promise<LanguageBenchResult> {
  const modelLoadMs = measureModelLoad(opts.quick ? 3 : 7);
  loadModels();
  const statements = sampleStatements();
  // Warm up the JIT, then time a fixed number of analyses.
  for (let i = 0; i < 2000; i++) {
    const s = statements[i % statements.length]!;
    analyseStatement(s.text, s);
  }
  const total = opts.quick ? 20_000 : 100_000;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const s = statements[i % statements.length]!;
    analyseStatement(s.text, s);
  }
  const seconds = (performance.now() - start) / 1000;
  return { statementsPerSecond: Math.round(total / seconds), modelLoadMs: Math.round(modelLoadMs * 10) / 10 };
}

if (require.main === module) {
  benchLanguage({ quick: process.argv.includes('--quick') })
    .then((result) => {
      const ok = result.statementsPerSecond >= 5000 && result.modelLoadMs <= 300;
      console.log(JSON.stringify(result));
      console.log(ok ? 'targets met (>= 5000 statements/s, model load <= 300 ms)' : 'TARGETS MISSED');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
