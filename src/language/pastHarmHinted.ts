import { RELATIVE } from './familyWords';
/*
 * Harm in the past told only by pointing at it ("can her dad still see her after what he did?", "since what
 * his uncle did to him"): what happened is not said, so it is worth a gentle "Are you OK?" (or, to a parent,
 * asking how things are), never the full answer by itself. Read on the cleared concern text.
 * Not a kind act or an everyday deed said after it ("after what he did for her birthday", "what she did at school").
 */
const DOER = String.raw`(?:he|she|they|(?:her|his|their|my|your)\s+(?:${RELATIVE}|ex|boyfriend|girlfriend|partner))`;
const PAST_HARM_HINTED = new RegExp(
  String.raw`\b(?:after|since|because\s+of|despite|with)\s+what\s+${DOER}\s+(?:did|done|has\s+done|had\s+done|did\s+to\s+(?:her|him|them|me|us))\b(?!\s+(?:for|at|in|on|with|well|right|today|yesterday|last\s+(?:week|night|year))\b)` +
    String.raw`|\bwhat\s+${DOER}\s+(?:did|has\s+done|had\s+done)\s+to\s+(?:her|him|them|me|us)\b(?!\s+(?:for|at|on)\s+(?:her|his|their|my|the)\s+(?:birthday|party|christmas)\b)`,
);

/** Whether harm done in the past is pointed at without being said. */
export const hintsAtPastHarm = (cleared: string): boolean => PAST_HARM_HINTED.test(cleared);
