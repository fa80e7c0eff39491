/**
 * The concern model's thresholds, chosen from out-of-fold probabilities on the training material
 * and the plan statements, then set at the writers' level (see trainConcern.ts for what each means).
 */
import type { LabelledMessage } from '../src/language/corpus';
import type { ConcernThresholds, SavedModel } from '../src/language/model';
import { concernDoc, scoreDocs, type ConcernDoc } from './trainConcern';

const FLAG_FALSE_ALARMS = { messages: 0.07, statements: 0.006 };
const VETO_RECALL_LOSS = 0.004;
/**
 * A rule in a message that also reads as a lesson, a wish to help, a joke or an accident needs this much of the
 * classifier. 0.2 (was 0.5), chosen on the dev split: young people soften disclosures with "lol" and bury them in
 * hopes ("i want to be a police officer so i can protect my mum from her boyfriend"); 7 more of 2,134 caught, 1 more
 * false alarm of 1,860.
 */
export const COUNTER_VETO = Number(process.env.CONCERN_COUNTER_VETO ?? 0.2);
/**
 * Chosen by leave-one-writer-out over ten writers (train8 to train15, train17, train18; 2 December
 * 2026): the lowest flag level whose out-of-writer false alarms average at most 0.06 (0.22: recall
 * 0.965, false alarms 0.060, averaged over the writers). Was 0.37 over train8 to train13.
 */
export const WRITER_FLAG = 0.22;
/**
 * The lowest flag the writers' level may give (was 0.3). With train31 trained on, plan statements
 * allowed 0.30, and typed answers from the chat's own tests ("we give him his epilepsy meds morning
 * and night", "my brother kicked me under the table at dinner. i kicked him back. classic") were
 * flagged; at 0.34 (the level of the model before) the dev split keeps recall 0.989 (0.991 at 0.30)
 * with false alarms 0.028 (0.031) and 0.020 of ordinary messages interrupted in the chat (0.022).
 */
const FLAG_FLOOR = Number(process.env.CONCERN_FLAG_FLOOR ?? 0.34);
/**
 * The plan statements may raise the flag no higher than this. With train32 trained on they raised it to 0.36;
 * on the dev split 0.34 kept more (recall 0.988 against 0.987, in the chat 0.020 of ordinary messages interrupted
 * against 0.021) for false alarms 0.027 against 0.025, so the flag and the gentle check stay at 0.34.
 */
const FLAG_CAP = Number(process.env.CONCERN_FLAG_CAP ?? 0.34);
/**
 * The classifier alone asks "Are you OK?" from no lower than this (as the model before, 0.34): with
 * train31 trained on, out of fold chose 0.28, which on the dev split asked 12 ordinary messages
 * instead of 5 for 0.002 more disclosures reached.
 */
const UNCLEAR_FLOOR = Number(process.env.CONCERN_UNCLEAR_FLOOR ?? 0.34);
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
export type Thresholds = ConcernThresholds;

/** Whether a document is flagged at these thresholds: a rule not vetoed, or the model alone. */
export const flagged = (d: ConcernDoc, s: { p: number }, t: Thresholds) => (d.rule > 0 && s.p >= (d.countered ? t.counterVeto : t.veto)) || s.p >= t.flag;

export function chooseThresholds(docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>): Thresholds {
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
export function tuneOnDev(model: SavedModel, chosen: Thresholds, docs: readonly ConcernDoc[], oof: ReadonlyArray<{ p: number }>, devLines: readonly LabelledMessage[]): Thresholds {
  const dev = devLines.filter((m) => m.concern !== 'unclear').map((m) => concernDoc(m));
  const scores = scoreDocs(model, dev);
  const ordinary = dev.map((d, i) => ({ d, s: scores[i]! })).filter(({ d }) => d.kind === 'ordinary');
  const statements = docs.map((d, i) => ({ d, s: oof[i]! })).filter(({ d }) => d.kind === 'statement');
  if (FLAG_CHOICE !== 'dev') {
    // The writers' level, raised only as far as the plan statements need.
    let flag = Math.max(WRITER_FLAG, FLAG_FLOOR);
    for (let t = flag; t <= Math.max(flag, FLAG_CAP); t += 0.01) {
      flag = Number(t.toFixed(2));
      const at = { ...chosen, flag };
      if (statements.filter(({ d, s }) => flagged(d, s, at)).length / Math.max(1, statements.length) <= DEV_STATEMENT_FALSE_ALARMS) break;
    }
    const sure = Math.max(chosen.sure, flag);
    return { ...chosen, flag, check: Math.min(sure, Math.max(CHECK_FLOOR, chooseCheck(docs, oof, flag, sure))), sure, unclear: Math.min(flag, Math.max(WRITER_GENTLE, UNCLEAR_FLOOR, chosen.unclear)) };
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
