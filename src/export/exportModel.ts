import { needArea, type NeedArea } from '../language/needArea';
import { isParentOrCarer, speaksForThem } from '../domain/aboutWhom';
import { longDate } from '../domain/dates';
import { schoolYearShown } from '../domain/schoolYear';
import type { Draft } from '../domain/draft';
import { NEED_SECTION, SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem, type SummaryLabelKey } from '../domain/draftSummary';
import { ABOUT_ME_SECTIONS, type AboutMeSection } from '../domain/vocabulary';
import type { ReadingMode } from '../domain/readingMode';
import type { Translate, Words } from '../i18n';
import { withTwins } from '../i18n/twins';
import { outcomeBlock } from './outcomeBlock';
import { plainText, sentenceText } from './plainText';
import {
  CHILD_TWINS,
  EDUCATION_KEY,
  ExportText,
  concernKindKey,
  PLAN_SECTIONS,
  sectionLetterKey,
  sectionTitleKey,
  statusKey,
  relationshipKey,
  whoKey,
  type PlanSection,
} from './exportText';

export { plainText };

/*
 * One layout of a draft as an EHC plan, shared by the HTML and Word renderers so both say the
 * same thing in the same order. Every string in it is plain text: renderers escape as they write.
 * Safeguarding flags and key worker comments are left out of the person's copy on purpose; the key
 * worker's copy says only that a concern was raised for the safeguarding lead, and when.
 */

export interface ExportOptions {
  mode: ReadingMode;
  /** The app's words (the content files, loaded once at start). */
  words: Words;
  /** The date printed on the export; defaults to now. */
  now?: Date;
  /** The key worker's copy: the plan header an EHC coordinator needs (who contributed). */
  forKeyWorker?: { contributors: string[] };
}

export interface ListItem {
  text: string;
  /** Items under this one, e.g. what already helps with a need. */
  sub?: { label: string; items: string[] };
}

export type ExportBlock =
  | { kind: 'list'; heading?: string; items: ListItem[]; emptyText?: string }
  | { kind: 'note'; text: string }
  | { kind: 'outcome'; id: string; caption: string; rows: { label: string; values: string[]; missing?: boolean }[] }
  | { kind: 'table'; columns: [string, string]; rows: [string, string][] };

export interface ExportSection {
  section: PlanSection;
  letter: string;
  title: string;
  heading: string;
  blocks: ExportBlock[];
  /** Shown when the section has nothing of the person's in it. */
  emptyText?: string;
}

export interface ExportModel {
  mode: ReadingMode;
  title: string;
  intro: string;
  /** "Not yet seen by Jayden": the draft was filled in about the young person, without them. */
  notSeen?: string;
  notFinal: string;
  detailsHeading: string;
  details: { label: string; value: string }[];
  sections: ExportSection[];
  /** The person's name, for the Word document's properties. */
  name?: string;
}

const ABOUT_ME_KEY: Record<AboutMeSection, string> = {
  strengths: ExportText.strengths,
  important: ExportText.important,
  support: ExportText.support,
};

/** Nursery (-1), Reception (0) or Year N, in the export's words. */
export function schoolYearText(year: number, t: Translate): string {
  if (year < 0) return t(ExportText.nursery);
  return year === 0 ? t(ExportText.reception) : t(ExportText.schoolYear, { year });
}

function details(draft: Draft, t: Translate, now: Date, options: ExportOptions): { label: string; value: string }[] {
  const person = draft.youngPerson;
  const rows: { label: string; value: string }[] = [];
  if (person.name) rows.push({ label: t(ExportText.detailsName), value: plainText(person.name) });
  if (person.dateOfBirth) rows.push({ label: t(ExportText.detailsDateOfBirth), value: longDate(person.dateOfBirth) });
  if (person.age !== undefined) rows.push({ label: t(ExportText.detailsAge), value: String(person.age) });
  if (person.setting) rows.push({ label: t(ExportText.detailsSetting), value: plainText(person.setting) });
  if (person.education) rows.push({ label: t(ExportText.detailsEducation), value: t(EDUCATION_KEY[person.education]) });
  const year = schoolYearShown(person);
  if (year !== undefined) rows.push({ label: t(ExportText.detailsSchoolYear), value: schoolYearText(year, t) });
  rows.push({ label: t(ExportText.detailsWho), value: person.relationship && speaksForThem(person) ? t(relationshipKey(person.relationship)) : t(whoKey(person.who)) });
  if (options.forKeyWorker) {
    rows.push({ label: t(ExportText.detailsContributors), value: options.forKeyWorker.contributors.map(plainText).join('; ') });
    // The key worker's copy says a concern was passed on, when, and of what kind ("Concern: possible neglect"), as the
    // young person is told; never their words (the lead has those).
    if (draft.flags.length > 0) {
      const dates = [...new Set(draft.flags.map((flag) => longDate(flag.at)))].join(', ');
      rows.push({ label: t(ExportText.detailsSafeguarding), value: t(ExportText.detailsSafeguardingRaised, { dates }) });
      for (const category of new Set(draft.flags.map((flag) => flag.category))) rows.push({ label: t(ExportText.detailsConcern), value: t(concernKindKey(category)) });
    }
  }
  rows.push({ label: t(ExportText.detailsDate), value: longDate(now) });
  rows.push({ label: t(ExportText.detailsStatus), value: t(statusKey(draft.status)) });
  return rows;
}

// Each kept item is a line of its own, so it starts with a capital (sentenceText), whatever was typed.
function sectionA(draft: Draft, items: readonly SummaryItem[], t: Translate): ExportBlock[] {
  const notAnswered = t(ExportText.notAnswered);
  // The hope they said matters most is first already; it also says so.
  const mostImportant = draft.aspirations.find((a) => a.priority === 1)?.id;
  const text = (item: SummaryItem) => (item.id === mostImportant ? `${sentenceText(item.text)} (${t(ExportText.mattersMost)})` : sentenceText(item.text));
  const list = (heading: string, labelKey: SummaryLabelKey): ExportBlock => ({
    kind: 'list',
    heading,
    items: items.filter((item) => item.labelKey === labelKey).map((item) => ({ text: text(item) })),
    emptyText: notAnswered,
  });
  return [
    ...ABOUT_ME_SECTIONS.map((part) => list(t(ABOUT_ME_KEY[part]), SUMMARY_LABEL_KEYS[part])),
    list(t(ExportText.aspirations), SUMMARY_LABEL_KEYS.aspiration),
    // Messages they left for the key worker, in their words, only when there are some.
    ...(draft.notesForKeyWorker?.length ? [{ kind: 'list' as const, heading: t(ExportText.notesForKeyWorker), items: draft.notesForKeyWorker.map((n) => ({ text: sentenceText(n.text) })) }] : []),
  ];
}

const SEN_AREA_KEY: Partial<Record<NeedArea, string>> = {
  communication: ExportText.needAreaCommunication,
  learning: ExportText.needAreaLearning,
  feelings: ExportText.needAreaFeelings,
  senses_body: ExportText.needAreaSensesBody,
};

function needBlocks(draft: Draft, items: readonly SummaryItem[], section: PlanSection, t: Translate): ExportBlock[] {
  const needs = items.filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.need);
  const suggested = (id: string) => draft.needs.find((need) => need.id === id)?.suggestedSection;
  const listed: ListItem[] = needs
    .filter((need) => NEED_SECTION[suggested(need.id) ?? 'education'] === section)
    .map((need) => {
      const helps = items.filter((item) => item.parentId === need.id).map((item) => sentenceText(item.text));
      // In Section B, the area of need from the words: "his speech (talking and understanding)".
      const part = suggested(need.id);
      const area = part === 'education' ? SEN_AREA_KEY[needArea(need.text, part, draft.needs.find((n) => n.id === need.id)?.area)] : undefined;
      const text = area ? `${sentenceText(need.text)} (${t(area)})` : sentenceText(need.text);
      return helps.length > 0 ? { text, sub: { label: t(ExportText.needHelps), items: helps } } : { text };
    });
  const blocks: ExportBlock[] = listed.length > 0 ? [{ kind: 'list', items: listed }] : [];
  if (section === 'B' && needs.some((need) => suggested(need.id) === undefined)) {
    blocks.push({ kind: 'note', text: t(ExportText.needsSortingNote) });
  } else if (section === 'B' && needs.length > 0) {
    blocks.push({ kind: 'note', text: t(ExportText.needsSuggestedNote) });
  }
  return blocks;
}

function provisionBlocks(draft: Draft, items: readonly SummaryItem[], section: PlanSection, t: Translate): ExportBlock[] {
  const rows = items
    .filter((item) => item.section === section)
    .map((item): [string, string] => [sentenceText(item.text), t(ExportText.provisionOutcomeRef, { number: draft.outcomes.findIndex((o) => o.id === item.parentId) + 1 })]);
  if (rows.length === 0) return [];
  return [{ kind: 'table', columns: [t(ExportText.provisionSupport), t(ExportText.provisionForOutcome)], rows }];
}

/** Each section's blocks, laid out from the draft's one summary in plan order (src/domain/draftSummary.ts). */
function blocksOf(draft: Draft, items: readonly SummaryItem[], section: PlanSection, t: Translate): ExportBlock[] {
  switch (section) {
    case 'A':
      return sectionA(draft, items, t);
    case 'B':
    case 'C':
    case 'D':
      return needBlocks(draft, items.filter((item) => item.section === 'B'), section, t);
    case 'E':
      return items
        .filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.outcome)
        .flatMap((item) => {
          const index = draft.outcomes.findIndex((o) => o.id === item.id);
          const outcome = draft.outcomes[index];
          return outcome ? [outcomeBlock(draft, outcome, index + 1, t)] : [];
        });
    case 'F':
    case 'G':
    case 'H':
      return provisionBlocks(draft, items, section, t);
  }
}

/** Whose words these are: the young person's own, or a parent's about their child. */
function introOf(draft: Draft, t: Translate): string {
  const person = draft.youngPerson;
  if (isParentOrCarer(person)) return t(ExportText.introParent, { name: plainText(person.name ?? '') || t(ExportText.theChild) });
  if (person.who === 'supporter' && person.name) return t(ExportText.introSupporter, { name: plainText(person.name) });
  return t(person.who === 'helper' ? ExportText.introHelper : ExportText.intro);
}

/** The draft laid out as an EHC plan in one reading mode. */
export function buildExportModel(draft: Draft, options: ExportOptions): ExportModel {
  const plainT = options.words.forMode(options.mode);
  // A parent's, carer's or supporter's draft reads about the young person, by name, not in their own voice.
  const child = speaksForThem(draft.youngPerson) && draft.youngPerson.name ? plainText(draft.youngPerson.name) : '';
  const t = child ? withTwins(plainT, CHILD_TWINS, { name: child }) : plainT;
  const now = options.now ?? new Date();
  const items = summaryItems(draft);
  const sections = PLAN_SECTIONS.map((section): ExportSection => {
    const letter = t(sectionLetterKey(section));
    const title = t(sectionTitleKey(section));
    const blocks = blocksOf(draft, items, section, t);
    const hasContent = blocks.some((block) => block.kind !== 'note');
    return {
      section,
      letter,
      title,
      heading: t(ExportText.sectionHeading, { letter, title }),
      blocks,
      ...(hasContent ? {} : { emptyText: t(ExportText.empty) }),
    };
  });
  return {
    mode: options.mode,
    title: t(ExportText.title),
    intro: introOf(draft, t),
    // The young person did not take part: the key worker knows to go through it with them.
    ...(child ? { notSeen: t(ExportText.notSeen, { name: child }) } : {}),
    notFinal: t(ExportText.notFinal),
    detailsHeading: t(ExportText.detailsHeading),
    details: details(draft, t, now, options),
    sections,
    ...(draft.youngPerson.name ? { name: plainText(draft.youngPerson.name) } : {}),
  };
}
