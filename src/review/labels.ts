import type { DraftProblem, SmartFlags } from '../domain/checks';
import type { DraftStatus, PlanPart, ThemeId } from '../domain/draft';
import type { DraftVersion } from '../storage/types';
import type { SummaryLabelKey } from '../domain/draftSummary';
import type { NeedArea } from '../language/needArea';

/** The key worker pages are in English only; the young person's words come from the draft. */

export const STATUS_LABEL: Record<DraftStatus, string> = {
  in_progress: 'In progress',
  ready_for_review: 'Ready for review',
  submitted: 'Sent for review',
  changes_requested: 'Changes requested',
  agreed: 'Agreed',
};

export const THEME_LABEL: Record<ThemeId, string> = {
  learning_and_work: 'Learning and work',
  independent_living: 'Independent living',
  friends_and_community: 'Friends, relationships and community',
  health_and_wellbeing: 'Health and wellbeing',
};

export const NEED_SECTION_LABEL: Record<PlanPart, string> = {
  education: 'Section B (educational)',
  health: 'Section C (health)',
  social_care: 'Section D (social care)',
};

/** The area of need inside Section B, in the Code of Practice's words; health and care needs are their section. */
export const NEED_AREA_LABEL: Record<NeedArea, string> = {
  communication: 'communication and interaction',
  learning: 'cognition and learning',
  feelings: 'social, emotional and mental health',
  senses_body: 'sensory and/or physical',
  health: 'health',
  social_care: 'social care',
};

export const AUTHOR_LABEL: Record<DraftVersion['author'], string> = {
  young_person: 'Young person',
  key_worker: 'Key worker',
  system: 'System',
};

export const ITEM_LABEL: Record<SummaryLabelKey, string> = {
  'summary.strengths': 'What people like and admire about me',
  'summary.important': 'What is important to me',
  'summary.support': 'How best to support me',
  'summary.aspiration': 'Hope',
  'summary.need': 'Need',
  'summary.needHelp': 'What already helps',
  'summary.outcome': 'Outcome',
  'summary.outcomeDoesForMe': 'What it would do for me',
  'summary.outcomeMakesPossible': 'What it would make possible',
  'summary.outcomeWhen': 'By when',
  'summary.outcomeMeasure': 'How we will know',
  'summary.provision': 'Provision',
};

const SMART_LABEL: Record<keyof SmartFlags, string> = {
  specific: 'specific',
  measurable: 'measurable',
  timeBound: 'time-bound',
  personCentred: 'in the young person’s words',
};

export function problemText(problem: DraftProblem): string {
  switch (problem.code) {
    case 'consent_missing':
      return 'The young person has not given consent yet.';
    case 'too_few_outcomes':
      return `${problem.count} outcome${problem.count === 1 ? '' : 's'} so far: a plan usually has 3 to 6.`;
    case 'too_many_outcomes':
      return `${problem.count} outcomes: a plan usually has 3 to 6, so some may be targets or could be combined.`;
    case 'outcome_without_aspiration':
      return 'Golden thread: not linked to any of the young person’s hopes.';
    case 'outcome_without_need':
      return 'Golden thread: not linked to any need.';
    case 'outcome_not_confirmed':
      return 'The young person has not confirmed this wording yet.';
    case 'outcome_without_timeframe':
      return 'Not time-bound: no “by when”.';
    case 'outcome_without_measure':
      return 'Not measurable yet: no “how we will know”.';
    case 'outcome_three_questions_unanswered':
      return 'The three questions (what would it do for you, make possible, provide) are not answered.';
    case 'outcome_without_provision':
      return 'No provision noted: what support would help?';
    case 'outcome_not_smart':
      return `Not yet SMART: not ${problem.missing.map((flag) => SMART_LABEL[flag]).join(', ')}.`;
    case 'themes_missing':
      return `Themes with no hope yet: ${problem.missing.map((theme) => THEME_LABEL[theme]).join(', ')}.`;
  }
}
