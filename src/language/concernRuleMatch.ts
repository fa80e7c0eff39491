/* The rules read family by family (concernRules/), and the text they read. */
import type { ConcernCategory } from './concernCategories';
import { setAsideHarmless } from './concernIdioms';
import { withoutRawLookAlikes } from './rawLookAlikes';
import { RULE_FAMILIES } from './concernRules';
import { concernText } from './concernText';
import { FAMILY_OR_ADULT } from './concernByWhom';
import { WordGate } from './wordGate';
import { readOnce } from './recentReadings';

/**
 * The normalised text with idioms set aside, as the rules and the classifier read it. A turn asks
 * for it about seven times for one message (the concern reading, the mate-crime, owing, errand
 * and partner-control readers): it is worked out once and kept with the turn's other readings.
 */
export const clearedConcernText: (text: string) => string = readOnce((text: string): string =>
  setAsideHarmless(concernText(withoutRawLookAlikes(text.length > 20_000 ? text.slice(0, 20_000) : text))),
);

/**
 * Each rule family with one pattern that matches exactly when one of its rules does (their
 * alternation). Before any pattern runs, one look-up of the message's words says which rules could
 * match at all (wordGate.ts): most messages open few rules, and a family with none open costs
 * nothing. A family with most of its rules open tries its alternation first, and only when it
 * matches are its open rules tried one by one. (Rules with flags or back-references would not combine.)
 */
const FAMILY_CHECKS = (() => {
  let first = 0;
  return Object.entries(RULE_FAMILIES).map(([family, rules]) => {
    const check = {
      family,
      rules,
      first,
      any: rules.every((r) => r.re.flags === '' && !/\\[1-9]/.test(r.re.source)) ? new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|')) : undefined,
    };
    first += rules.length;
    return check;
  });
})();
const RULE_GATE = new WordGate(FAMILY_CHECKS.flatMap(({ rules }) => rules.map((r) => r.re)));

/** Every rule pattern, family by family, so start-up can have them compiled before the first message. */
export const rulePatternsByFamily = (): RegExp[][] => FAMILY_CHECKS.map(({ any, rules }) => [...(any ? [any] : []), ...rules.map((r) => r.re)]);

/** Which rule families match, and the category of the first matching rule in order. */
export function matchRules(cleared: string): { rule: ConcernCategory | null; families: string[]; categories: ConcernCategory[]; wish: boolean; firm: boolean; saidAsNormal: boolean } {
  let rule: ConcernCategory | null = null;
  let [bullying, wish, firm, saidAsNormal] = [false, false, false, false];
  const families: string[] = [];
  const categories = new Set<ConcernCategory>();
  const open = RULE_GATE.open(cleared);
  for (const { family, rules, any, first } of FAMILY_CHECKS) {
    let opened = 0;
    for (let i = 0; i < rules.length; i++) opened += open[first + i]!;
    if (opened === 0 || (any && opened * 2 > rules.length && opened > 1 && !any.test(cleared))) continue;
    let hit = false;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (!open[first + i] || !r.re.test(cleared)) continue;
      hit = true;
      rule ??= r.category;
      categories.add(r.category);
      if (r.category === 'bullying') bullying = true;
      if (r.wish) wish = true;
      if (r.firm) firm = true;
      if (r.saidAsNormal) saidAsNormal = true;
    }
    if (hit) families.push(family);
  }
  // Hurt together with name-calling or being laughed at is bullying, unless family or an adult did it.
  if (rule === 'harm_from_others' && bullying && !FAMILY_OR_ADULT.test(cleared)) rule = 'bullying';
  return { rule, families, categories: [...categories], wish, firm, saidAsNormal };
}
