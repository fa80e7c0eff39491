import { ReadingMode } from '../src/domain/readingMode';
import type { WhoAnswers } from '../src/domain/draft';
import { readWho, type WhoKind } from '../src/language/whoAnswer';
import type { Choice } from './say';

/* The welcome's words (content keys) and the choices offered at its questions. */

export const WelcomeText = {
  hello: 'welcome:hello',
  readingModeQuestion: 'welcome:readingMode.question',
  readingModeStandard: 'welcome:readingMode.standard',
  readingModeEasyRead: 'welcome:readingMode.easyRead',
  chosenStandard: 'welcome:readingMode.chosenStandard',
  chosenEasyRead: 'welcome:readingMode.chosenEasyRead',
  consentExplain: 'welcome:consent.explain',
  consentWorry: 'welcome:consent.worry',
  consentWorryLead: 'welcome:consent.worryLead',
  consentQuestion: 'welcome:consent.question',
  consentAgree: 'welcome:consent.agree',
  consentDisagree: 'welcome:consent.disagree',
  consentDeclined: 'welcome:consent.declined',
  consentThanks: 'welcome:consent.thanks',
  whoQuestion: 'welcome:who.question',
  whoMe: 'welcome:who.me',
  whoParent: 'welcome:who.parent',
  whoHelper: 'welcome:who.helper',
  whoNameConfirm: 'welcome:who.nameConfirm',
  whoAdultWorry: 'welcome:who.adultWorry',
  whoAdultWorryLead: 'welcome:who.adultWorryLead',
  nameQuestionSelf: 'welcome:name.questionSelf',
  nameQuestionChild: 'welcome:name.questionChild',
  nameQuestionSupporter: 'welcome:name.questionSupporter',
  nameConfirmYoungPerson: 'welcome:name.confirmYoungPerson',
  nameThanks: 'welcome:name.thanks',
  nameThanksChild: 'welcome:name.thanksChild',
  nameOwnHeard: 'welcome:name.ownHeard',
  nameWhoseQuestion: 'welcome:name.whoseQuestion',
  nameWhoseMine: 'welcome:name.whoseMine',
  nameWhoseChild: 'welcome:name.whoseChild',
  nameSkip: 'welcome:name.skip',
  nameConfirmSelf: 'welcome:name.confirmSelf',
  nameConfirmChild: 'welcome:name.confirmChild',
  nameDefaulted: 'welcome:name.defaulted',
  nameDefaultedChild: 'welcome:name.defaultedChild',
  nameDefaultedYoungPerson: 'welcome:name.defaultedYoungPerson',
  readingModeDefaulted: 'welcome:readingMode.defaulted',
  whoDefaulted: 'welcome:who.defaulted',
  ageHowOldSelf: 'welcome:age.howOldSelf',
  ageHowOldChild: 'welcome:age.howOldChild',
  ageDefaulted: 'welcome:age.defaulted',
  /** "Ha no I am 68!": a carer's own age, never the child's; the child's age is asked again. */
  ageCarerOwn: { self: 'welcome:age.carerOwnAgeYourChild', child: 'welcome:age.carerOwnAgeChild', yourChild: 'welcome:age.carerOwnAgeYourChild' },
  ageYearEstimated: 'welcome:age.yearEstimated',
  inviteDefaulted: 'welcome:invite.defaulted',
  inviteTypeIt: 'welcome:invite.typeIt',
  inviteWhatIsKeyWorker: 'welcome:invite.whatIsKeyWorker',
  inviteWhatIsCode: 'welcome:invite.whatIsCode',
  resumeDefaulted: 'welcome:resume.defaulted',
  ageQuestionSelf: 'welcome:age.questionSelf',
  ageQuestionChild: 'welcome:age.questionChild',
  ageWhichYear: 'welcome:age.whichYear',
  ageWhichYearChild: 'welcome:age.whichYearChild',
  ageNotAtSchool: 'welcome:age.notAtSchool',
  ageAtCollege: 'welcome:age.atCollege',
  ageNotUnderstood: 'welcome:age.notUnderstood',
  ageAskAnAdult: 'welcome:age.askAnAdult',
  inviteQuestion: 'welcome:invite.question',
  inviteNone: 'welcome:invite.none',
  inviteSaved: 'welcome:invite.saved',
  inviteUnknown: 'welcome:invite.unknown',
  inviteUnknownLater: 'welcome:invite.unknownLater',
  resumeQuestion: 'welcome:resume.question',
  resumeWhereFrom: 'welcome:resume.whereFrom',
  resumeNotFound: 'welcome:resume.notFound',
  resumeLocked: 'welcome:resume.locked',
  resumeNone: 'welcome:resume.none',
  resumeWelcomeBack: 'welcome:resume.welcomeBack',
  /** This chat's own code typed in it: nothing to open, the question carries on. */
  resumeAlreadyOpen: 'welcome:resume.alreadyOpen',
  greeted: 'welcome:readingMode.greeted',
  heard: 'welcome:readingMode.heard',
  heardName: 'welcome:readingMode.heardName',
  ageNoted: 'welcome:age.noted',
  ageNotedChild: 'welcome:age.notedChild',
  ageNotedYourChild: 'welcome:age.notedYourChild',
  ageNotedYear: 'welcome:age.notedYear',
  ageNotedYearChild: 'welcome:age.notedYearChild',
  ageNotedYearYourChild: 'welcome:age.notedYearYourChild',
  ageNotedSchool: 'welcome:age.notedSchool',
  ageWorryNoted: 'welcome:age.worryNoted',
  ageNotedSixthForm: { self: 'welcome:age.notedSixthForm', child: 'welcome:age.notedSixthFormChild', yourChild: 'welcome:age.notedSixthFormYourChild' },
  notUnderstood: 'common:notUnderstood',
} as const;

export const READING_MODE_CHOICES: readonly Choice[] = [
  { value: ReadingMode.standard, labelKey: WelcomeText.readingModeStandard },
  { value: ReadingMode.easyRead, labelKey: WelcomeText.readingModeEasyRead },
];

export const CONSENT_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: WelcomeText.consentAgree },
  { value: 'no', labelKey: WelcomeText.consentDisagree },
];

export const WHO_CHOICES: readonly Choice[] = [
  { value: 'self', labelKey: WelcomeText.whoMe },
  { value: 'parent_carer', labelKey: WelcomeText.whoParent },
  { value: 'helper', labelKey: WelcomeText.whoHelper },
];

/** Who is chatting, as the draft keeps it. */
const WHO_VALUE: Readonly<Record<WhoKind, WhoAnswers>> = {
  young_person: 'self',
  young_person_helped: 'helper',
  parent_or_carer: 'parent_carer',
  supporter: 'supporter',
};

export const INVITE_CHOICES: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.inviteNone }];
export const NOT_AT_SCHOOL: readonly Choice[] = [{ value: 'none', labelKey: WelcomeText.ageNotAtSchool }];
/** At 16 or over, "Which school year?" may be answered "at college" as well. */
export const AT_COLLEGE_OR_NOT_AT_SCHOOL: readonly Choice[] = [{ value: 'college', labelKey: WelcomeText.ageAtCollege }, ...NOT_AT_SCHOOL];

/** Who is chatting, as the draft keeps it. */
export const whoValue = (kind: WhoKind): WhoAnswers => WHO_VALUE[kind];

export const understandWho = (text: string) => {
  const who = readWho(text);
  return who ? WHO_VALUE[who.who] : undefined;
};

