/**
 * Wordings for the rule family that hears a parent controlled by her partner, told sideways
 * (src/language/concernRules/parentControlled.ts): what it must catch on its own, and ordinary
 * look-alikes it must leave alone (parents arguing about money, a parent keeping a card safe, a
 * parent checking a child's phone). Checked in concernFamilies.test.ts.
 */
export const PARENT_CONTROLLED_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  parentControlled: {
    catches: [
      'her boyfriend tbh. he shouts at her alot and he keeps her bank card n decides what she can spend. its whatever tho its not that bad',
      'my step dad wont let mum have her own money and he checks her phone',
      'mums boyfriend took her purse and her bank card',
      'my step dad decides what my mum is allowed to buy',
      'he wont let her see her friends and he goes through her phone',
      'my mums new partner goes through her messages every night',
    ],
    leaves: [
      'mum and dad argue sometimes about money',
      'my mum does the budget for the house',
      'my dad keeps her bank card safe cos she loses it',
      'my dad checks her phone because shes only 10',
      'my step dad keeps my bank card for me',
      'he keeps her money in a savings account',
    ],
  },
};
