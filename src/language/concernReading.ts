/* What the rules and the classifier make of one message, before any verdict is drawn from it. */
import type { ConcernCategory } from './concernCategories';
import { cuesOf } from './concernCues';
import { concernFeatures } from './concernFeatures';
import { hopeCuesBesideHarm } from './hopeApart';
import { loadConcernModel } from './model';
import { clearedConcernText, matchRules } from './concernRuleMatch';

/** What the rules and the classifier make of a message (for training, evaluation and tests). */
export interface ConcernReading {
  /** The normalised text with idioms set aside. */
  cleared: string;
  /** The category of the first rule that matches, or null. */
  rule: ConcernCategory | null;
  /** The rule families that match ("suicide", "neglect"...). */
  families: readonly string[];
  /** The categories of all the rules that match. */
  ruleCategories: readonly ConcernCategory[];
  /** The classifier's probability that this is a concern (0 without a trained model). */
  probability: number;
  /** The classifier's most likely category, whatever the probability. */
  modelCategory: ConcernCategory | null;
  /** A rule that matched reads words ordinary talk does not use: the classifier's doubt alone does not overrule it. */
  firm: boolean;
  /** The message also reads as a lesson, a wish to help, a joke, an accident, a story or something sorted: the classifier must back a rule more firmly. */
  countered: boolean;
}

/**
 * Cue families of ordinary talk that look like harm ("we learnt about self harm in pshe", "he
 * pushed me in the game lol", "in eastenders the dad hit the mum", "the school sorted it, its fine now"),
 * and plan talk of support faded towards doing a thing alone, or of a parent's caution about roads.
 */
const COUNTER_CUES: readonly string[] = ['lesson', 'helping', 'joke', 'accident', 'fiction', 'sorted', 'independence', 'caution'];
/** The counter cues that a hope itself carries ("one day", "when im older", "step by step"). */
const HOPE_CUES: readonly string[] = ['helping', 'independence'];
/** The counter cues that shrug off being used or controlled ("so i got money anyway lol", "its fine now"): grooming teaches them. */
const SHRUGS: readonly string[] = ['joke', 'sorted'];
export const isCountered = (cues: readonly string[]): boolean => cues.some((c) => COUNTER_CUES.includes(c));

export function readConcern(text: string): ConcernReading {
  const cleared = clearedConcernText(text);
  const { rule, families, categories: ruleCategories, wish, firm, saidAsNormal } = matchRules(cleared);
  const model = loadConcernModel();
  const cues = cuesOf(cleared);
  const counters = saidAsNormal ? cues.filter((c) => !SHRUGS.includes(c)) : cues;
  // A wish the rules read ("protect my mum from her boyfriend") is never made ordinary by the words of a hope around it,
  // nor is harm told in one sentence by a hope in another ("i want to be a nurse. my dad hits me").
  const hopes = wish ? [] : cues.filter((c) => HOPE_CUES.includes(c));
  const hopesBeside = rule && hopes.length > 0 ? hopeCuesBesideHarm(text, hopes, (s) => matchRules(clearedConcernText(s)).rule !== null, (s) => cuesOf(clearedConcernText(s))) : hopes;
  const countered = isCountered([...counters.filter((c) => !HOPE_CUES.includes(c)), ...hopesBeside]);
  if (!model) return { cleared, rule, families, ruleCategories, probability: 0, modelCategory: null, firm, countered };
  const p = model.distribution(concernFeatures(cleared, families, cues));
  const labels = model.labels;
  let best = -1;
  labels.forEach((label, i) => {
    if (label !== 'none' && (best < 0 || p[i]! > p[best]!)) best = i;
  });
  const none = labels.indexOf('none');
  return {
    cleared,
    rule,
    families,
    ruleCategories,
    probability: none < 0 ? 0 : 1 - p[none]!,
    modelCategory: best < 0 ? null : (labels[best] as ConcernCategory),
    firm,
    countered,
  };
}
