/*
 * Words for care that is missed (medicine, fits nobody came to) and for the people paid to give it:
 * one source for the concern rules that hear the worry (concernRules/medicineNotGiven.ts) and for
 * the answer that points an adult past those people (careByStaff.ts), so both read the same words.
 * Each is a regular-expression source of one non-capturing group, read on normalised text.
 */

/** Medicine: "tablets", "meds", "inhaler", "seizure meds", "midazolam". */
export const MEDICINE_WORDS =
  String.raw`(?:tablets?|meds|medicine|medicines|medication|pills|inhaler|insulin|epipen|epi\s+pen|injections?|prescription|seizure\s+(?:meds|medicine|tablets)|epilepsy\s+(?:meds|medicine|tablets)|buccal|midazolam|rescue\s+(?:meds|medicine))`;

/** The people paid or placed to look after someone: "nite staff", "my carers", "agency staff", "the home". Never a parent. */
export const PAID_CARER_WORDS =
  String.raw`(?:(?:night|day|support|agency|the)\s+staff|staff|carers?|care\s+workers?|support\s+workers?|agency|care\s+home|the\s+home|night\s+workers?)`;

/** Forgetting, in its everyday forms. */
export const FORGET_WORDS = String.raw`(?:forget|forgets|forgot|forgotten|forgetting)`;

/** Nobody there: "no one", "noone", "nobody", "no staff". */
export const NOBODY_WORDS = String.raw`(?:no\s*one|nobody|no\s+body|no\s+staff|none\s+of\s+the\s+staff)`;

/** A fit or an attack that needs someone to come: "fit", "seizure", "hypo", "funny turn". */
export const FIT_WORDS = String.raw`(?:fits?|seizures?|asthma\s+attacks?|hypos?|funny\s+turns?)`;

/** Having one: "had a fit", "have my bad seizures", "got another hypo". */
export const HAVING_A = String.raw`(?:had|have|having|has|get|gets|got)\s+(?:a\s+|an\s+|my\s+|another\s+|bad\s+|big\s+)*`;
