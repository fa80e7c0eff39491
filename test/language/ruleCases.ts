import { expect, it } from 'vitest';
import { clearedConcernText, matchRules } from '../../src/language/concern';

/** A rule family's wordings: what it must catch on its own, and ordinary look-alikes it must leave alone. */
export interface RuleCases {
  catches: string[];
  leaves: string[];
}

/** Wordings for each rule family of a group, by the family's name in src/language/concernRules. */
export type FamilyCases = Record<string, RuleCases>;

/** One test a wording: each family catches its own wordings and leaves its look-alikes alone. */
export function checkRuleFamilies(cases: FamilyCases): void {
  for (const [family, { catches, leaves }] of Object.entries(cases)) {
    it.each(catches)(`${family} catches %j`, (text) => {
      expect(matchRules(clearedConcernText(text)).families).toContain(family);
    });
    it.each(leaves)(`${family} leaves %j alone`, (text) => {
      expect(matchRules(clearedConcernText(text)).families).not.toContain(family);
    });
  }
}
