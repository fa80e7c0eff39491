/*
 * A school year named by its number: "year 10", "yr10", "y 9". Such words are a year group, never
 * a near miss of a time offered ("In a year").
 */

const NAMES_A_YEAR_GROUP = /\b(?:year|yr|y)\s*\d{1,2}\b/i;

/** True when the words name a school year by its number. */
export function namesAYearGroup(text: string): boolean {
  return NAMES_A_YEAR_GROUP.test(text);
}
