import { analyseStatement } from './analyseStatement';
import { detectConcern, rulePatternsByFamily } from './concern';
import { HARMLESS } from './concernIdioms';
import { loadConcernModel, loadModels } from './model';
import { gateReadingSteps } from './wordGate';

/** An ordinary answer, read once at start. */
const SAMPLE = 'i would like to make more friends at college by next summer';

/**
 * Does the readers' one-off work before anyone types: reading the models and compiling the rule
 * patterns (V8 compiles a pattern on its first use; the concern rules alone took most of a second).
 * It runs in small steps and gives way to waiting requests between them, so a first reply is not held up.
 */
export async function warmUpLanguage(today: string): Promise<void> {
  const steps: Array<() => unknown> = [
    loadConcernModel,
    loadModels,
    ...gateReadingSteps(),
    ...rulePatternsByFamily().map((patterns) => () => patterns.forEach((pattern) => pattern.test(SAMPLE))),
    // The harmless phrases run only on messages holding their words (concernIdioms.ts), so not on SAMPLE.
    () => SAMPLE.replace(HARMLESS, ' ~ '),
    () => detectConcern(SAMPLE),
    () => analyseStatement(SAMPLE, { today }),
  ];
  for (const step of steps) {
    await new Promise((resolve) => setImmediate(resolve));
    step();
  }
}
