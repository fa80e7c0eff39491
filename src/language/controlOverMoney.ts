import { clearedConcernText, matchRules } from './concern';

/*
 * Money, a bank card or a phone held by a partner or "mates", told as if it were care ("she looks
 * after my bank card"). The answer does not call it hard or judge the person: it says what everyone
 * may choose for themselves.
 */
const CONTROL_FAMILIES: readonly string[] = ['partnerHoldsTheMoney', 'usedByMates'];

export function tellsOfControlOverMoney(text: string): boolean {
  return matchRules(clearedConcernText(text)).families.some((f) => CONTROL_FAMILIES.includes(f));
}
