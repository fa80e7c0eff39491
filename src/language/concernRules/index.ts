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
import { ERRANDS, MONEY_TAKEN } from './moneyAndErrands';
import { PARTNER_CONTROL, UNWANTED_TOUCH } from './controlAndConsent';
import { CARE_MISSING, ENDING_WISHES } from './careMissing';
import { MARKS_LEFT, OTHER_RISKS, PEER_CRUELTY } from './peersAndRisks';
import { AFTER_VIOLENCE, MEANS_READY, TOLD_NOT_TO_TELL } from './quietSigns';

export type { Rule } from './shared';

/** Ordered: the first rule that matches gives the category. */
export const RULES: readonly Rule[] = [
  ...TOLD_TO_DIE,
  ...SUICIDE,
  ...SELF_HARM,
  ...INDIRECT_SUICIDE,
  ...FAREWELL,
  ...NO_FUTURE,
  ...ENDING_WISHES,
  ...MEANS_READY,
  ...ENDING_PLANS,
  ...MEANS_AND_PLACES,
  ...HIDDEN_CUTTING,
  ...SEXUAL_ABUSE,
  ...UNWANTED_TOUCH,
  ...TOLD_NOT_TO_TELL,
  ...THREATS_AT_HOME,
  ...EXPLOITATION,
  ...MONEY_TAKEN,
  ...ERRANDS,
  ...DOMESTIC_ABUSE,
  ...PARTNER_CONTROL,
  ...AFTER_VIOLENCE,
  ...HARM_FROM_OTHERS,
  ...HURT_BY_STAFF,
  ...ASSAULT,
  ...FEAR_AT_HOME,
  ...PUNISHMENTS,
  ...WEAPON_THREATS,
  ...CRUEL_WORDS,
  ...INJURIES_SEEN,
  ...MARKS_LEFT,
  ...NEGLECT,
  ...ABSENT_CARE,
  ...CARE_WITHHELD,
  ...CARE_MISSING,
  ...BULLYING,
  ...PEER_CRUELTY,
  ...OTHER,
  ...OTHER_RISKS,
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
  endingWishes: ENDING_WISHES,
  meansReady: MEANS_READY,
  endingPlans: ENDING_PLANS,
  meansAndPlaces: MEANS_AND_PLACES,
  hiddenCutting: HIDDEN_CUTTING,
  sexualAbuse: SEXUAL_ABUSE,
  unwantedTouch: UNWANTED_TOUCH,
  toldNotToTell: TOLD_NOT_TO_TELL,
  threatsAtHome: THREATS_AT_HOME,
  exploitation: EXPLOITATION,
  moneyTaken: MONEY_TAKEN,
  errands: ERRANDS,
  domesticAbuse: DOMESTIC_ABUSE,
  partnerControl: PARTNER_CONTROL,
  afterViolence: AFTER_VIOLENCE,
  harmFromOthers: HARM_FROM_OTHERS,
  hurtByStaff: HURT_BY_STAFF,
  assault: ASSAULT,
  fearAtHome: FEAR_AT_HOME,
  punishments: PUNISHMENTS,
  weaponThreats: WEAPON_THREATS,
  cruelWords: CRUEL_WORDS,
  injuriesSeen: INJURIES_SEEN,
  marksLeft: MARKS_LEFT,
  neglect: NEGLECT,
  absentCare: ABSENT_CARE,
  careWithheld: CARE_WITHHELD,
  careMissing: CARE_MISSING,
  bullying: BULLYING,
  peerCruelty: PEER_CRUELTY,
  other: OTHER,
  otherRisks: OTHER_RISKS,
  leavingHome: LEAVING_HOME,
  substanceUse: SUBSTANCE_USE,
};
