import type { DraftStatus, EducationPlace, PfaArea, PlanPart, Relationship, ThemeId, WhoAnswers } from '../domain/vocabulary';

/** Content keys of the exports; the words are in content/en-GB/<register>/export.json. */
export const ExportText = {
  title: 'export:title',
  intro: 'export:intro',
  introParent: 'export:introParent',
  introHelper: 'export:introHelper',
  introSupporter: 'export:introSupporter',
  notSeen: 'export:notSeen',
  agreedByRelationship: 'export:agreedByRelationship',
  detailsDateOfBirth: 'export:details.dateOfBirth',
  detailsSetting: 'export:details.setting',
  detailsEducation: 'export:details.education',
  detailsContributors: 'export:details.contributors',
  detailsSafeguarding: 'export:details.safeguarding',
  detailsSafeguardingRaised: 'export:details.safeguardingRaised',
  detailsConcern: 'export:details.concern',
  nursery: 'export:schoolYear.nursery',
  theChild: 'export:theChild',
  notFinal: 'export:notFinal',
  detailsHeading: 'export:details.heading',
  detailsName: 'export:details.name',
  detailsAge: 'export:details.age',
  detailsSchoolYear: 'export:details.schoolYear',
  detailsWho: 'export:details.who',
  detailsDate: 'export:details.date',
  detailsStatus: 'export:details.status',
  reception: 'export:schoolYear.reception',
  schoolYear: 'export:schoolYear.year',
  sectionHeading: 'export:sectionHeading',
  strengths: 'export:aboutMe.strengths',
  important: 'export:aboutMe.important',
  support: 'export:aboutMe.support',
  aspirations: 'export:aboutMe.aspirations',
  needsSortingNote: 'export:needs.sortingNote',
  needHelps: 'export:needs.helps',
  needAreaCommunication: 'export:needs.area.communication',
  needAreaLearning: 'export:needs.area.learning',
  needAreaFeelings: 'export:needs.area.feelings',
  needAreaSensesBody: 'export:needs.area.senses_body',
  outcomeCaption: 'export:outcome.caption',
  outcomeCaptionWithTheme: 'export:outcome.captionWithTheme',
  outcomeStatement: 'export:outcome.statement',
  outcomeWhen: 'export:outcome.when',
  outcomeMeasure: 'export:outcome.measure',
  outcomeAspiration: 'export:outcome.aspiration',
  outcomeNeeds: 'export:outcome.needs',
  outcomeDoesForMe: 'export:outcome.doesForMe',
  outcomeMakesPossible: 'export:outcome.makesPossible',
  outcomeProvides: 'export:outcome.provides',
  outcomeProvidesValue: 'export:outcome.providesValue',
  outcomeProvidesValueOften: 'export:outcome.providesValueOften',
  outcomePfaArea: 'export:outcome.pfaArea',
  outcomeSteps: 'export:outcome.steps',
  outcomeStepValue: 'export:outcome.stepValue',
  needsSuggestedNote: 'export:needs.suggestedNote',
  outcomeConfirmed: 'export:outcome.confirmed',
  yes: 'export:outcome.yes',
  notYet: 'export:outcome.notYet',
  provisionSupport: 'export:provision.support',
  provisionForOutcome: 'export:provision.forOutcome',
  provisionOutcomeRef: 'export:provision.outcomeRef',
  mattersMost: 'export:aboutMe.mattersMost',
  notesForKeyWorker: 'export:aboutMe.notesForKeyWorker',
  notAnswered: 'export:notAnswered',
  empty: 'export:empty',
} as const;

/** Headings in the young person's voice, and their twins about the child in a parent's or carer's draft. */
export const CHILD_TWINS: Readonly<Record<string, string>> = {
  [ExportText.title]: 'export:titleChild',
  [ExportText.strengths]: 'export:aboutMe.strengthsChild',
  [ExportText.important]: 'export:aboutMe.importantChild',
  [ExportText.support]: 'export:aboutMe.supportChild',
  [ExportText.aspirations]: 'export:aboutMe.aspirationsChild',
  [ExportText.outcomeDoesForMe]: 'export:outcome.doesForMeChild',
  [ExportText.outcomeMakesPossible]: 'export:outcome.makesPossibleChild',
  [ExportText.outcomeProvides]: 'export:outcome.providesChild',
  [ExportText.outcomeConfirmed]: 'export:outcome.confirmedChild',
  [ExportText.needsSortingNote]: 'export:needs.sortingNoteChild',
  [ExportText.needsSuggestedNote]: 'export:needs.suggestedNoteChild',
};

/** The EHC plan sections an export has, in plan order. */
export const PLAN_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const sectionLetterKey = (section: PlanSection): string => `export:section.${section}.letter`;
export const sectionTitleKey = (section: PlanSection): string => `export:section.${section}.title`;
export const themeKey = (theme: ThemeId): string => `export:theme.${theme}`;
/** Who agreed an outcome's wording when someone else filled the draft in about the young person. */
export const AGREED_BY_KEY = { parent_carer: 'export:agreedBy.parent_carer', supporter: 'export:agreedBy.supporter' } as const;
export const relationshipKey = (relationship: Relationship): string => `export:relationship.${relationship}`;
export const whoKey = (who: WhoAnswers): string => `export:who.${who}`;
export const statusKey = (status: DraftStatus): string => `export:status.${status}`;
export const planPartKey = (part: PlanPart): string => `export:provision.by.${part}`;

/** Where the young person learns, as said in the chat ("at sixth form", "left school"). */
export const EDUCATION_KEY: Readonly<Record<EducationPlace, string>> = {
  nursery: 'export:education.nursery',
  school: 'export:education.school',
  sixth_form: 'export:education.sixth_form',
  college: 'export:education.college',
  not_at_school: 'export:education.not_at_school',
};

/** Preparing for Adulthood areas, as shown on an outcome from Year 9. */
export const PFA_AREA_KEY: Readonly<Record<PfaArea, string>> = {
  employment: 'export:pfa.employment',
  independent_living: 'export:pfa.independent_living',
  community_inclusion: 'export:pfa.community_inclusion',
  health: 'export:pfa.health',
};

/** The kind of each safeguarding concern, in words a key worker reads ("possible neglect"). */
export const CONCERN_KIND_TEXT = {
  self_harm_or_suicide: 'export:details.concernKind.self_harm_or_suicide',
  harm_from_others: 'export:details.concernKind.harm_from_others',
  sexual_abuse: 'export:details.concernKind.sexual_abuse',
  neglect: 'export:details.concernKind.neglect',
  bullying: 'export:details.concernKind.bullying',
  exploitation: 'export:details.concernKind.exploitation',
  domestic_abuse: 'export:details.concernKind.domestic_abuse',
  other: 'export:details.concernKind.other',
  unspecified: 'export:details.concernKind.unspecified',
} as const;

/** A flag's category as the words of its kind; an unknown category reads as a worry of a kind not yet known. */
export const concernKindKey = (category: string) => CONCERN_KIND_TEXT[(category in CONCERN_KIND_TEXT ? category : 'unspecified') as keyof typeof CONCERN_KIND_TEXT];
