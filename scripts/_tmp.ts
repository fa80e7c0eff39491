import { loadCoachingSet, scoreCoaching } from '../test/support/coachingSets';
const log = console.log; console.log = () => {};
const out: string[] = [];
for (const n of [1, 2, 3, 4, 5, 6, 7]) {
  const rows = loadCoachingSet(`test/blind/coaching.set${n}.jsonl`);
  const share = scoreCoaching(`set${n}`, rows, { quiet: true });
  out.push(`set${n} ${Math.round(share * rows.length)}/${rows.length}`);
}
console.log = log; console.log(out.join('  '));
