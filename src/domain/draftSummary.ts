import type { Draft, Outcome, PlanPart } from './draft';
import { aboutMeItemId, needHelpItemId, outcomePartItemId } from './itemIds';
import { ABOUT_ME_SECTIONS, type AboutMeSection } from './vocabulary';

/*
 * The read-back of a draft in EHC plan order: A (about me, hopes), B (needs: the person does
 * not sort them into B, C and D; the key worker does), E (outcomes), F/G/H (provision by who
 * provides it). Every item's id can be given to removeItem and replaceItemText, so the review
 * card, the "change" step and the exports all point at items the same way.
 */

export type SummarySection = 'A' | 'B' | 'E' | 'F' | 'G' | 'H';

/** Content keys for the label beside each item; the content files hold the words. */
export const SUMMARY_LABEL_KEYS = {
  strengths: 'summary.strengths',
  important: 'summary.important',
  support: 'summary.support',
  aspiration: 'summary.aspiration',
  need: 'summary.need',
  needHelp: 'summary.needHelp',
  outcome: 'summary.outcome',
  outcomeDoesForMe: 'summary.outcomeDoesForMe',
  outcomeMakesPossible: 'summary.outcomeMakesPossible',
  outcomeWhen: 'summary.outcomeWhen',
  outcomeMeasure: 'summary.outcomeMeasure',
  provision: 'summary.provision',
} as const;
export type SummaryLabelKey = (typeof SUMMARY_LABEL_KEYS)[keyof typeof SUMMARY_LABEL_KEYS];

export interface SummaryItem {
  id: string;
  section: SummarySection;
  labelKey: SummaryLabelKey;
  text: string;
  /** The need or outcome this item belongs to, for indenting under it. */
  parentId?: string;
  /** Only timeframes: the resolved end date (YYYY-MM-DD) beside the person's words. */
  date?: string;
}

export const PROVISION_SECTION: Record<PlanPart, SummarySection> = { education: 'F', health: 'G', social_care: 'H' };
/**
 * Where a plan puts a need: B (education), C (health) or D (social care). The person does not sort
 * their needs, so the read-back keeps them all in B; a plan uses the suggested section, else B.
 */
export const NEED_SECTION: Record<PlanPart, 'B' | 'C' | 'D'> = { education: 'B', health: 'C', social_care: 'D' };
const SECTION_ORDER: readonly SummarySection[] = ['A', 'B', 'E', 'F', 'G', 'H'];

const ABOUT_ME_LABEL: Record<AboutMeSection, SummaryLabelKey> = {
  strengths: SUMMARY_LABEL_KEYS.strengths,
  important: SUMMARY_LABEL_KEYS.important,
  support: SUMMARY_LABEL_KEYS.support,
};

function aboutMeItems(draft: Draft): SummaryItem[] {
  return ABOUT_ME_SECTIONS.flatMap((section) =>
    draft.aboutMe[section].map((text, index) => ({
      id: aboutMeItemId(section, index),
      section: 'A' as const,
      labelKey: ABOUT_ME_LABEL[section],
      text,
    })),
  );
}

function needItems(draft: Draft): SummaryItem[] {
  return draft.needs.flatMap((need) => [
    { id: need.id, section: 'B' as const, labelKey: SUMMARY_LABEL_KEYS.need, text: need.text },
    ...(need.helps ?? []).map((text, index) => ({
      id: needHelpItemId(need.id, index),
      section: 'B' as const,
      labelKey: SUMMARY_LABEL_KEYS.needHelp,
      text,
      parentId: need.id,
    })),
  ]);
}

function outcomeItems(outcome: Outcome): SummaryItem[] {
  const part = (labelKey: SummaryLabelKey, id: string, text: string | null | undefined): SummaryItem[] =>
    text ? [{ id, section: 'E', labelKey, text, parentId: outcome.id }] : [];
  const when: SummaryItem[] = outcome.timeframe
    ? [
        {
          id: outcomePartItemId(outcome.id, 'when'),
          section: 'E',
          labelKey: SUMMARY_LABEL_KEYS.outcomeWhen,
          text: outcome.timeframe.phrase,
          parentId: outcome.id,
          date: outcome.timeframe.date,
        },
      ]
    : [];
  return [
    { id: outcome.id, section: 'E', labelKey: SUMMARY_LABEL_KEYS.outcome, text: outcome.statement },
    ...when,
    ...part(SUMMARY_LABEL_KEYS.outcomeMeasure, outcomePartItemId(outcome.id, 'measure'), outcome.measure),
    ...part(SUMMARY_LABEL_KEYS.outcomeDoesForMe, outcomePartItemId(outcome.id, 'doesForMe'), outcome.doesForMe),
    ...part(SUMMARY_LABEL_KEYS.outcomeMakesPossible, outcomePartItemId(outcome.id, 'makesPossible'), outcome.makesPossible),
  ];
}

function provisionItems(draft: Draft): SummaryItem[] {
  return draft.outcomes.flatMap((outcome) =>
    outcome.provision.map((provision) => ({
      id: provision.id,
      section: PROVISION_SECTION[provision.by],
      labelKey: SUMMARY_LABEL_KEYS.provision,
      text: provision.text,
      parentId: outcome.id,
    })),
  );
}

/** Every item of the draft in plan order (A, B, E, F, G, H), in the order the person gave them within a section. */
export function summaryItems(draft: Draft): SummaryItem[] {
  const items = [
    ...aboutMeItems(draft),
    ...draft.aspirations.map((a): SummaryItem => ({ id: a.id, section: 'A', labelKey: SUMMARY_LABEL_KEYS.aspiration, text: a.text })),
    ...needItems(draft),
    ...draft.outcomes.flatMap(outcomeItems),
    ...provisionItems(draft),
  ];
  // A stable sort keeps the person's order inside each section while grouping F, G and H.
  return items.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
}

/** The items of one section, e.g. for an export that renders section by section. */
export function summarySection(draft: Draft, section: SummarySection): SummaryItem[] {
  return summaryItems(draft).filter((item) => item.section === section);
}
