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
import { FEAR_OF_SOMEONE_CLOSE } from './fearOfSomeoneClose';
import { PLACE_THEN_HARM } from './placeThenHarm';
import { INDIRECT_SUICIDE } from './indirectSuicide';
import { WISH_NOT_TO_BE } from './wishNotToBe';
import { LEAVING_HOME } from './leavingHome';
import { NEGLECT } from './neglect';
import { NO_FUTURE } from './noFuture';
import { OTHER } from './other';
import { SELF_HARM, SUICIDE, TOLD_TO_DIE } from './selfHarmOrSuicide';
import { joinFamilies, type Rule } from './shared';
import { SUBSTANCE_USE } from './substanceUse';
import { ERRANDS, MONEY_TAKEN } from './moneyAndErrands';
import { PARTNER_CONTROL, UNWANTED_TOUCH } from './controlAndConsent';
import { CARE_MISSING, ENDING_WISHES } from './careMissing';
import { MARKS_LEFT, OTHER_RISKS, PEER_CRUELTY } from './peersAndRisks';
import { AFTER_VIOLENCE, MEANS_READY, TOLD_NOT_TO_TELL } from './quietSigns';
import { NOT_GROWING_UP } from './notGrowingUp';
import { NO_OLDER_SELF } from './noOlderSelf';
import { CARE_STOPPED, FOOD_MISSING, LEFT_ALONE } from './leftAlone';
import { IN_THEIR_NAME } from './inTheirName';
import { WATCHED } from './watched';
import { DONE_TO_THEM } from './doneToThem';
import { NO_SAFE_PLACE } from './noSafePlace';
import { GOODBYES_MADE, HURT_WITH_WHAT_IS_NEAR, PLAN_NOT_NEEDED } from './lastWords';
import { MONEY_MULE, ON_THE_LINE, STRINGS_ATTACHED } from './favoursOwed';
import { BROKEN_NOT_FIXED, CHILD_IN_CHARGE, HUNGER_AT_HOME, LEFT_IN_BED, MEDS_RUN_OUT } from './careGaps';
import { NO_AFTER, STARVED_AS_PUNISHMENT, STOPPING_THE_HARM } from './saidInPassing';
import { CATCHES_THE_TEMPER, NOT_FROM_SPORT } from './saidSideways';
import { LIFE_MADE_HELL, MOCKED_DIFFERENCE, POSTED_ABOUT } from './mockedAndShamed';
import { DRUGS_TO_COPE, GONE_MISSING, NOWHERE_TO_SLEEP, WEDDING_NOT_WANTED } from './noSafeStreet';
import { MONEY_HANDED_OVER, PAID_TO_DO_CRIME } from './usedForMoney';
import { CARE_NOT_GIVEN, YOUNG_AND_UNWATCHED } from './unwatched';
import { CONTROL_AT_HOME, HANDS_INSIDE, MADE_TO_SHARE_BED } from './touchHidden';
import { PLEA_STILL_DONE } from './pleaStillDone';
import { EDGE_AND_TRACKS, IN_OTHER_WORDS, LETTERS_LEFT, NO_FUTURE_THERE, PILLS_COUNTED, WHAT_I_DO_TO_MYSELF, WITHOUT_ME } from './notStaying';
import { ALONE_TILL_LATE, CARE_LEFT_UNDONE, DAYS_WITHOUT_FOOD, HURT_NOT_SEEN_TO, NOBODY_NOTICES, PARENT_NOT_COPING, WORN_THROUGH } from './goingWithout';
import { GONE_FOR_GOOD, STEP_OFF } from './goneForGood';
import { CALLED_OUT, WORK_FOR_NOTHING } from './workedForNothing';
import { APPOINTMENTS_MISSED, COLD_AND_DARK, FRIENDS_TAKE_MONEY, MEALS_ONLY_AWAY, UNKIND_MESSAGES } from './toldPlainly';
import { ANGRY_AT_NO } from './angryAtNo';
import { ROUGH_WHEN_ASKED_TO_GO, SEX_PRESSURED } from './pressuredAndPushed';
import { BLOWS_AND_PUSHES, HELD_AT_HOME, MARRIAGE_ARRANGED, PICTURES_NOT_WANTED, TIMES_AND_PLACES, TOO_OLD_TOO_YOUNG, WANT_TO_STOP } from './heldAndHurt';
import { FOOD_FOUND, HOME_UNFIT, KEPT_UNCLEAN, MEDICAL_CARE_MISSED, NOBODY_WATCHING, NOTHING_TO_WEAR } from './careNotGiven';
import { OWN_BODY_FAMILIES } from './ownBody';
import { ASKED_AND_VISITED_FAMILIES } from './askedAndVisited';
import { COVER_STORY_FAMILIES } from './coverStories';
import { LEFT_WITHOUT_FAMILIES } from './leftWithout';
import { QUIET_GOODBYE_FAMILIES } from './quietGoodbyes';
import { BURDEN_AND_BEYOND_FAMILIES } from './burdenAndBeyond';
import { NO_TIME_AHEAD_FAMILIES } from './noTimeAhead';
import { JOKES_THAT_HURT_FAMILIES } from './jokesThatHurt';
import { ON_EDGE_AT_HOME_FAMILIES } from './onEdgeAtHome';
import { PARENT_CONTROLLED_FAMILIES } from './parentControlled';
import { USED_AND_KEPT_FAMILIES } from './usedAndKept';
import { BOUGHT_FOR_A_FRIEND_FAMILIES } from './boughtForAFriend';
import { MATE_CRIME_FAMILIES } from './mateCrime';
import { CARRIED_FOR_SOMEONE_FAMILIES } from './carriedForSomeone';
import { TOLD_AS_NORMAL_FAMILIES } from './toldAsNormal';
import { TOLD_IN_CHATS_FAMILIES } from './toldInChats';
import { ENDING_SAID_ASIDE_FAMILIES } from './endingSaidAside';
import { QUIET_PREPARATION_FAMILIES } from './quietPreparations';
import { DONE_ALONE } from './doneAlone';
import { MEDICINE_FORGOTTEN, NOBODY_CAME_TO_A_FIT } from './medicineNotGiven';
import { HELD_ONTO_HARM } from './heldOntoHarm';
import { SAID_LIGHTLY_FAMILIES } from './saidLightly';
import { OLDER_ONES_ERRANDS_FAMILIES } from './olderOnesErrands';
import { AWAY_WITH_OLDER_FAMILIES, PAID_IN_DROPS_FAMILIES } from './paidInDrops';
import { KEPT_FROM_MEANS_FAMILIES } from './keptFromMeans';
import { ALONE_OVERNIGHT, BEFORE_HE_GETS_HOME, COLD_NO_HEAT, KEPT_HOME_TO_MIND, LUNCH_TIPPED, MEAN_STUFF_ABOUT_ME, MISSING_NOBODY_LOOKS, NOT_NEEDED_WHERE_GOING, SAME_CLOTHES_SMELL, SHOUT_AND_SMASH, SLEEP_NOT_BACK, TEETH_NO_DENTIST, YEARS_OLDER } from './toldInFewWords';
export type { Rule } from './shared';
/** Each family, for tests and for the features the classifier reads (which families fired). A name given twice throws at load (joinFamilies). */
export const RULE_FAMILIES = joinFamilies(
  {
    toldToDie: TOLD_TO_DIE,
    suicide: SUICIDE,
    selfHarm: SELF_HARM,
    indirectSuicide: INDIRECT_SUICIDE,
    wishNotToBe: WISH_NOT_TO_BE,
    farewell: FAREWELL,
    noFuture: NO_FUTURE,
    notGrowingUp: NOT_GROWING_UP,
    noOlderSelf: NO_OLDER_SELF,
    planNotNeeded: PLAN_NOT_NEEDED,
    goodbyesMade: GOODBYES_MADE,
    hurtWithWhatIsNear: HURT_WITH_WHAT_IS_NEAR,
    endingWishes: ENDING_WISHES,
    meansReady: MEANS_READY,
    endingPlans: ENDING_PLANS,
    meansAndPlaces: MEANS_AND_PLACES,
    hiddenCutting: HIDDEN_CUTTING,
    lettersLeft: LETTERS_LEFT,
    withoutMe: WITHOUT_ME,
    edgeAndTracks: EDGE_AND_TRACKS,
    goneForGood: GONE_FOR_GOOD,
    stepOff: STEP_OFF,
    pillsCounted: PILLS_COUNTED,
    whatIDoToMyself: WHAT_I_DO_TO_MYSELF,
    noFutureThere: NO_FUTURE_THERE,
    inOtherWords: IN_OTHER_WORDS,
  },
  ENDING_SAID_ASIDE_FAMILIES,
  QUIET_PREPARATION_FAMILIES,
  OWN_BODY_FAMILIES,
  KEPT_FROM_MEANS_FAMILIES,
  QUIET_GOODBYE_FAMILIES,
  BURDEN_AND_BEYOND_FAMILIES,
  NO_TIME_AHEAD_FAMILIES,
  JOKES_THAT_HURT_FAMILIES,
  ON_EDGE_AT_HOME_FAMILIES,
  PARENT_CONTROLLED_FAMILIES,
  {
    stoppingTheHarm: STOPPING_THE_HARM,
    noAfter: NO_AFTER,
    starvedAsPunishment: STARVED_AS_PUNISHMENT,
    sexualAbuse: [...SEXUAL_ABUSE, ...PLEA_STILL_DONE],
    unwantedTouch: UNWANTED_TOUCH,
    toldNotToTell: TOLD_NOT_TO_TELL,
    handsInside: HANDS_INSIDE,
    madeToShareBed: MADE_TO_SHARE_BED,
  },
  ASKED_AND_VISITED_FAMILIES,
  {
    threatsAtHome: THREATS_AT_HOME,
    exploitation: EXPLOITATION,
    moneyTaken: MONEY_TAKEN,
    inTheirName: IN_THEIR_NAME,
    moneyMule: MONEY_MULE,
    stringsAttached: STRINGS_ATTACHED,
    onTheLine: ON_THE_LINE,
    errands: ERRANDS,
    paidToDoCrime: PAID_TO_DO_CRIME,
    moneyHandedOver: MONEY_HANDED_OVER,
    workForNothing: WORK_FOR_NOTHING,
    calledOut: CALLED_OUT,
    domesticAbuse: DOMESTIC_ABUSE,
    partnerControl: PARTNER_CONTROL,
    watched: WATCHED,
    controlAtHome: CONTROL_AT_HOME,
    afterViolence: AFTER_VIOLENCE,
    harmFromOthers: HARM_FROM_OTHERS,
    hurtByStaff: HURT_BY_STAFF,
    fearOfSomeoneClose: FEAR_OF_SOMEONE_CLOSE,
  },
  COVER_STORY_FAMILIES,
  {
    doneToThem: DONE_TO_THEM,
    heldOntoHarm: HELD_ONTO_HARM,
    notFromSport: NOT_FROM_SPORT,
    catchesTheTemper: CATCHES_THE_TEMPER,
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
    leftAlone: LEFT_ALONE,
    foodMissing: FOOD_MISSING,
    careStopped: CARE_STOPPED,
    leftInBed: LEFT_IN_BED,
    brokenNotFixed: BROKEN_NOT_FIXED,
    medsRunOut: MEDS_RUN_OUT,
    hungerAtHome: HUNGER_AT_HOME,
    childInCharge: CHILD_IN_CHARGE,
    youngAndUnwatched: YOUNG_AND_UNWATCHED,
    careNotGiven: CARE_NOT_GIVEN,
    medicalCareMissed: MEDICAL_CARE_MISSED,
    keptUnclean: KEPT_UNCLEAN,
    homeUnfit: HOME_UNFIT,
    nothingToWear: NOTHING_TO_WEAR,
    nobodyWatching: NOBODY_WATCHING,
    foodFound: FOOD_FOUND,
    daysWithoutFood: DAYS_WITHOUT_FOOD,
    aloneTillLate: ALONE_TILL_LATE,
    nobodyNotices: NOBODY_NOTICES,
    hurtNotSeenTo: HURT_NOT_SEEN_TO,
    wornThrough: WORN_THROUGH,
    parentNotCoping: PARENT_NOT_COPING,
    careLeftUndone: CARE_LEFT_UNDONE,
    doneAlone: DONE_ALONE,
    medicineForgotten: MEDICINE_FORGOTTEN,
    nobodyCameToAFit: NOBODY_CAME_TO_A_FIT,
  },
  LEFT_WITHOUT_FAMILIES,
  USED_AND_KEPT_FAMILIES,
  BOUGHT_FOR_A_FRIEND_FAMILIES,
  MATE_CRIME_FAMILIES,
  CARRIED_FOR_SOMEONE_FAMILIES,
  PAID_IN_DROPS_FAMILIES,
  TOLD_AS_NORMAL_FAMILIES,
  TOLD_IN_CHATS_FAMILIES,
  SAID_LIGHTLY_FAMILIES,
  OLDER_ONES_ERRANDS_FAMILIES,
  {
    bullying: BULLYING,
    peerCruelty: PEER_CRUELTY,
    mockedDifference: MOCKED_DIFFERENCE,
    postedAbout: POSTED_ABOUT,
    lifeMadeHell: LIFE_MADE_HELL,
    other: OTHER,
    otherRisks: OTHER_RISKS,
    noSafePlace: NO_SAFE_PLACE,
    leavingHome: LEAVING_HOME,
    substanceUse: SUBSTANCE_USE,
    nowhereToSleep: NOWHERE_TO_SLEEP,
    goneMissing: GONE_MISSING,
    drugsToCope: DRUGS_TO_COPE,
    weddingNotWanted: WEDDING_NOT_WANTED,
    appointmentsMissed: APPOINTMENTS_MISSED,
    coldAndDark: COLD_AND_DARK,
    mealsOnlyAway: MEALS_ONLY_AWAY,
    friendsTakeMoney: FRIENDS_TAKE_MONEY,
    angryAtNo: ANGRY_AT_NO,
    sexPressured: SEX_PRESSURED,
    roughWhenAskedToGo: ROUGH_WHEN_ASKED_TO_GO,
    unkindMessages: UNKIND_MESSAGES,
    heldAtHome: HELD_AT_HOME,
    blowsAndPushes: BLOWS_AND_PUSHES,
    wantToStop: WANT_TO_STOP,
    tooOldTooYoung: TOO_OLD_TOO_YOUNG,
    picturesNotWanted: PICTURES_NOT_WANTED,
    marriageArranged: MARRIAGE_ARRANGED,
    timesAndPlaces: TIMES_AND_PLACES,
    sleepNotBack: SLEEP_NOT_BACK,
    notNeededWhereGoing: NOT_NEEDED_WHERE_GOING,
    yearsOlder: YEARS_OLDER,
    aloneOvernight: ALONE_OVERNIGHT,
    teethNoDentist: TEETH_NO_DENTIST,
    sameClothesSmell: SAME_CLOTHES_SMELL,
    coldNoHeat: COLD_NO_HEAT,
    lunchTipped: LUNCH_TIPPED,
    meanStuffAboutMe: MEAN_STUFF_ABOUT_ME,
    beforeHeGetsHome: BEFORE_HE_GETS_HOME,
    missingNobodyLooks: MISSING_NOBODY_LOOKS,
    keptHomeToMind: KEPT_HOME_TO_MIND,
    shoutAndSmash: SHOUT_AND_SMASH,
    // Last: a place then what is done there only fills a gap; the older families' categories lead.
    placeThenHarm: PLACE_THEN_HARM,
  },
  // After every harm and sexual family: nights away with older ones who give them things never takes a graver kind's place.
  AWAY_WITH_OLDER_FAMILIES,
);

/**
 * Every rule, family by family. The order that decides a message's category is the families'
 * order above (matchRules in concernRuleMatch.ts reads them in it), so the flat list is derived, never kept twice.
 */
export const RULES: readonly Rule[] = Object.values(RULE_FAMILIES).flat();
