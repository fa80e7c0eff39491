import { PEOPLE } from './someoneHelps';

/*
 * Who helps, said after the time at "by when?": "by july with my mum helping me", "by easter with
 * help from my TA", "next summer and my dad will help". The time is the answer; the helper is
 * support, kept as help under the outcome, never left in the time or the statement.
 */

const STAFF = "(?:(?:a|the|my|his|her|their)\\s+)?(?:ta|teaching\\s+assistant|teacher|support\\s+worker|key\\s*worker|job\\s+coach|mentor|tutor|carer|1:1|one\\s+to\\s+one)";
const WHO = `(?:(?:my|his|her|their|our)\\s+)?${PEOPLE}`;
const GIVER = `(?:${STAFF}|${WHO})(?:\\s+(?:and|&)\\s+${WHO})?`;

const HELPER = new RegExp(
  [
    // "with my mum helping me", "with my TA's help", "with help from my dad", "with my nan to help"
    `\\bwith\\s+(${GIVER}\\s+(?:helping|to\\s+help)(?:\\s+(?:me|him|her|them|us))?|${GIVER}'?s\\s+help|help\\s+from\\s+${GIVER})`,
    // "and my dad will help me", ", my mum can help"
    `(?:\\band|,)\\s+(${GIVER}\\s+(?:will|can|could|is\\s+going\\s+to|are\\s+going\\s+to)\\s+help(?:\\s+(?:me|him|her|them|us))?)`,
    // "if my mum helps me"
    `\\bif\\s+(${GIVER}\\s+helps?(?:\\s+(?:me|him|her|them|us))?)`,
  ].join('|'),
  'i',
);

/** The helper said beside a time ("my mum helping me"), in the person's words, or null. */
export function helperBesideTime(text: string): string | null {
  const m = HELPER.exec(text);
  const said = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return said ? said.trim() : null;
}
