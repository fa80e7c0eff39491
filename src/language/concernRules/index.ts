import { DOMESTIC_ABUSE, HARM_FROM_OTHERS, SEXUAL_ABUSE, THREATS_AT_HOME } from './abuse';
import { ABSENT_CARE } from './absentCare';
import { ASSAULT } from './assault';
import { CARE_WITHHELD } from './careWithheld';
import { CRUEL_WORDS } from './cruelWords';
import { ENDING_PLANS } from './endingPlans';
import { HIDDEN_CUTTING } from './hiddenCutting';
import { INJURIES_SEEN } from './injuriesSeen';
import { MEANS_AND_PLACES } from './meansAndPlaces';
import { PUNISHMENTS } from './punishments';
import { WEAPON_THREATS } from './weaponThreats';
import { BULLYING } from './bullying';
import { EXPLOITATION } from './exploitation';
import { FAREWELL } from './farewell';
import { FEAR_AT_HOME } from './fearAtHome';
import { HURT_BY_STAFF } from './hurtByStaff';
import { INDIRECT_SUICIDE } from './indirectSuicide';
import { LEAVING_HOME } from './leavingHome';
import { NEGLECT } from './neglect';
import { NO_FUTURE } from './noFuture';
import { OTHER } from './other';
import { SELF_HARM, SUICIDE, TOLD_TO_DIE } from './selfHarmOrSuicide';
import type { Rule } from './shared';
import { SUBSTANCE_USE } from './substanceUse';

export type { Rule } from './shared';

/** Ordered: the first rule that matches gives the category. */
export const RULES: readonly Rule[] = [
  ...TOLD_TO_DIE,
  ...SUICIDE,
  ...SELF_HARM,
  ...INDIRECT_SUICIDE,
  ...FAREWELL,
  ...NO_FUTURE,
  ...ENDING_PLANS,
  ...MEANS_AND_PLACES,
  ...HIDDEN_CUTTING,
  ...SEXUAL_ABUSE,
  ...THREATS_AT_HOME,
  ...EXPLOITATION,
  ...DOMESTIC_ABUSE,
  ...HARM_FROM_OTHERS,
  ...HURT_BY_STAFF,
  ...ASSAULT,
  ...FEAR_AT_HOME,
  ...PUNISHMENTS,
  ...WEAPON_THREATS,
  ...CRUEL_WORDS,
  ...INJURIES_SEEN,
  ...NEGLECT,
  ...ABSENT_CARE,
  ...CARE_WITHHELD,
  ...BULLYING,
  ...OTHER,
  ...LEAVING_HOME,
  ...SUBSTANCE_USE,
];

/** Each family, for tests and for the features the classifier reads (which families fired). */
export const RULE_FAMILIES: Readonly<Record<string, readonly Rule[]>> = {
  toldToDie: TOLD_TO_DIE,
  suicide: SUICIDE,
  selfHarm: SELF_HARM,
  indirectSuicide: INDIRECT_SUICIDE,
  farewell: FAREWELL,
  noFuture: NO_FUTURE,
  endingPlans: ENDING_PLANS,
  meansAndPlaces: MEANS_AND_PLACES,
  hiddenCutting: HIDDEN_CUTTING,
  sexualAbuse: SEXUAL_ABUSE,
  threatsAtHome: THREATS_AT_HOME,
  exploitation: EXPLOITATION,
  domesticAbuse: DOMESTIC_ABUSE,
  harmFromOthers: HARM_FROM_OTHERS,
  hurtByStaff: HURT_BY_STAFF,
  assault: ASSAULT,
  fearAtHome: FEAR_AT_HOME,
  punishments: PUNISHMENTS,
  weaponThreats: WEAPON_THREATS,
  cruelWords: CRUEL_WORDS,
  injuriesSeen: INJURIES_SEEN,
  neglect: NEGLECT,
  absentCare: ABSENT_CARE,
  careWithheld: CARE_WITHHELD,
  bullying: BULLYING,
  other: OTHER,
  leavingHome: LEAVING_HOME,
  substanceUse: SUBSTANCE_USE,
};
