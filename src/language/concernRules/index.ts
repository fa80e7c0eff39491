import { DOMESTIC_ABUSE, HARM_FROM_OTHERS, SEXUAL_ABUSE, THREATS_AT_HOME } from './abuse';
import { BULLYING } from './bullying';
import { EXPLOITATION } from './exploitation';
import { NEGLECT } from './neglect';
import { OTHER } from './other';
import { SELF_HARM, SUICIDE, TOLD_TO_DIE } from './selfHarmOrSuicide';
import type { Rule } from './shared';

export type { Rule } from './shared';

/** Ordered: the first rule that matches gives the category. */
export const RULES: readonly Rule[] = [
  ...TOLD_TO_DIE,
  ...SUICIDE,
  ...SELF_HARM,
  ...SEXUAL_ABUSE,
  ...THREATS_AT_HOME,
  ...EXPLOITATION,
  ...DOMESTIC_ABUSE,
  ...HARM_FROM_OTHERS,
  ...NEGLECT,
  ...BULLYING,
  ...OTHER,
];

/** Each family, for tests and for the features the classifier reads (which families fired). */
export const RULE_FAMILIES: Readonly<Record<string, readonly Rule[]>> = {
  toldToDie: TOLD_TO_DIE,
  suicide: SUICIDE,
  selfHarm: SELF_HARM,
  sexualAbuse: SEXUAL_ABUSE,
  threatsAtHome: THREATS_AT_HOME,
  exploitation: EXPLOITATION,
  domesticAbuse: DOMESTIC_ABUSE,
  harmFromOthers: HARM_FROM_OTHERS,
  neglect: NEGLECT,
  bullying: BULLYING,
  other: OTHER,
};
