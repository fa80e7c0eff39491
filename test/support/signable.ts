import { addMonths, compareDates, parseIsoDate } from '../../src/domain/schoolCalendar';
import type { Draft, Outcome } from '../../src/domain/draft';
import { isGoodSentence, isOnlyBotWords, isSupportOnly, isVague } from '../../src/language';

/*
 * What an EHC coordinator checks before an outcome goes into a plan unchanged: a sentence the young
 * person would say, specific and measurable (a measure of its own, no vague feeling), time-bound
 * over a phase rather than a term, linked to a hope and a need, and not provision.
 */

/** Every piece of the person's content in a draft, with where it is. */
export function contentOf(draft: Draft): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [part, list] of Object.entries(draft.aboutMe)) for (const text of list) out.push({ where: `aboutMe.${part}`, text });
  for (const a of draft.aspirations) out.push({ where: 'aspiration', text: a.text });
  for (const n of draft.needs) {
    out.push({ where: 'need', text: n.text });
    for (const h of n.helps ?? []) out.push({ where: 'need.helps', text: h });
  }
  for (const o of draft.outcomes) {
    out.push({ where: 'outcome.statement', text: o.statement });
    if (o.measure) out.push({ where: 'outcome.measure', text: o.measure });
    if (o.doesForMe) out.push({ where: 'outcome.doesForMe', text: o.doesForMe });
    if (o.makesPossible) out.push({ where: 'outcome.makesPossible', text: o.makesPossible });
    for (const p of o.provision) out.push({ where: 'outcome.provision', text: p.text });
    for (const s of o.steps ?? []) out.push({ where: 'outcome.step', text: s.text });
  }
  return out;
}

/** Content that is nothing but the bot's own words (a button, yes / no, a shrug). */
export function botWordsIn(draft: Draft, botPhrases: readonly string[]): string[] {
  return contentOf(draft)
    .filter((c) => isOnlyBotWords(c.text, botPhrases))
    .map((c) => `${c.where}: ${c.text}`);
}

/** Why an outcome could not go into a plan unchanged; empty when it could. */
export function unsignableReasons(draft: Draft, outcome: Outcome, today: string): string[] {
  const reasons: string[] = [];
  const body = outcome.statement.replace(/^[^,]*,\s*/, '');
  if (!outcome.confirmed) reasons.push('not agreed');
  if (!isGoodSentence(outcome.statement)) reasons.push('not a sentence they would say');
  if (/[()]/.test(outcome.statement.replace(/^[^,(]*\((?:by )?(?:[A-Z][a-z]+ )?\d{4}\),\s*|^By [A-Z][a-z]+ \d{4} \([^(),]+\),\s*/, ''))) reasons.push('bracketed text in the statement');
  if (!outcome.measure) reasons.push('no measure');
  if (!outcome.timeframe) reasons.push('no timeframe');
  else {
    const early = (draft.youngPerson.schoolYear ?? 1) <= 0 || (draft.youngPerson.age ?? 9) < 5;
    const start = parseIsoDate(today)!;
    const end = parseIsoDate(outcome.timeframe.date)!;
    if (compareDates(end, addMonths(start, early ? 3 : 6)) < 0) reasons.push('a target, not an outcome');
    if (compareDates(end, addMonths(start, early ? 12 : 36)) > 0) reasons.push('too far ahead');
  }
  if (!draft.aspirations.some((a) => a.id === outcome.aspirationId)) reasons.push('no hope');
  if (outcome.needIds.length === 0) reasons.push('no need');
  if (isSupportOnly(body) || /\b(?:TA|teaching assistant|1:1|support worker|more help)\b/i.test(outcome.statement)) reasons.push('provision');
  if (isVague(body)) reasons.push('vague');
  const same = draft.outcomes.filter((o) => o.statement.toLowerCase() === outcome.statement.toLowerCase());
  if (same.length > 1) reasons.push('duplicate');
  return reasons;
}

export interface SignableTally {
  signable: number;
  all: number;
  rejected: string[];
}

export const journeyTally: SignableTally = { signable: 0, all: 0, rejected: [] };

export function tallyOutcomes(draft: Draft, today: string, tally: SignableTally = journeyTally): void {
  for (const outcome of draft.outcomes) {
    const reasons = unsignableReasons(draft, outcome, today);
    tally.all += 1;
    if (reasons.length === 0) tally.signable += 1;
    else tally.rejected.push(`${outcome.statement} -> ${reasons.join(', ')}`);
  }
}
