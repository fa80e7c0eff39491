import { z } from 'zod';
import type { Draft } from '../domain/draft';
import type { StoredDraft } from '../storage';

/** A draft shared with the key worker, with the version their changes build on. */
export type SharedDraft = Pick<StoredDraft, 'draft' | 'version'>;

/*
 * A key worker's caseload at a glance: what each shared draft needs from them, counts of each,
 * and the filters, search and order of the list. Shared by the list page and the bulk export, so
 * "download these" gives exactly the drafts the list shows.
 */

export const CASELOAD_STATUSES = ['new', 'resubmitted', 'waiting', 'stale', 'agreed'] as const;
export type CaseloadStatus = (typeof CASELOAD_STATUSES)[number];

export const CASELOAD_STATUS_LABEL: Record<CaseloadStatus, string> = {
  new: 'New',
  resubmitted: 'Sent back after changes',
  waiting: 'Waiting for the young person',
  stale: 'No change for 4 weeks',
  agreed: 'Agreed',
};

/** A draft nobody has touched for this long needs a nudge. */
export const STALE_AFTER_DAYS = 28;
const DAY_MS = 86_400_000;

export function caseloadStatus(draft: Draft, now: Date): CaseloadStatus {
  if (draft.status === 'agreed') return 'agreed';
  if (now.getTime() - new Date(draft.updatedAt).getTime() > STALE_AFTER_DAYS * DAY_MS) return 'stale';
  if (draft.status === 'changes_requested') return 'waiting';
  return draft.keyWorker?.resubmittedAt ? 'resubmitted' : 'new';
}

/** Open comments: not yet answered by the young person (reworded, or a proposal answered). */
export function openComments(draft: Draft): Draft['comments'] {
  return draft.comments.filter((c) => !c.resolved && !c.changedAt && !c.proposal?.answer);
}

const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined));

/** The list's query string: ?status=new&year=10&flag=yes&q=smith&sort=act_by */
export const caseloadQuery = z.object({
  status: z.enum(CASELOAD_STATUSES).or(z.literal('')).optional().catch(undefined).transform((v) => (v ? v : undefined)),
  year: z
    .string()
    .regex(/^(?:-1|\d{1,2})$/)
    .or(z.literal(''))
    .optional()
    .catch(undefined)
    .transform((v) => (v ? Number(v) : undefined)),
  flag: z.enum(['yes', 'no', '']).optional().catch(undefined).transform((v) => (v ? v : undefined)),
  q: optionalText.catch(undefined),
  sort: z.enum(['act_by', 'updated', 'name']).optional().catch(undefined),
});
export type CaseloadQuery = z.infer<typeof caseloadQuery>;

export interface CaseloadRow extends SharedDraft {
  caseStatus: CaseloadStatus;
  openComments: number;
}

export interface Caseload {
  rows: CaseloadRow[];
  counts: Record<CaseloadStatus, number>;
  total: number;
  /** School years present in the whole caseload, for the filter's choices. */
  years: number[];
}

/** Lower case, accents and punctuation gone, for a forgiving name search. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function matches(row: CaseloadRow, query: CaseloadQuery): boolean {
  const { draft } = row;
  if (query.status && row.caseStatus !== query.status) return false;
  if (query.year !== undefined && draft.youngPerson.schoolYear !== query.year) return false;
  if (query.flag === 'yes' && draft.flags.length === 0) return false;
  if (query.flag === 'no' && draft.flags.length > 0) return false;
  if (query.q) {
    const name = fold(draft.youngPerson.name ?? '');
    if (!fold(query.q).split(' ').every((word) => name.includes(word))) return false;
  }
  return true;
}

/** Surname first when there is one: "Alex Smith" sorts under S. */
export function sortName(draft: Draft): string {
  const words = fold(draft.youngPerson.name ?? '').split(' ').filter(Boolean);
  return words.length > 1 ? `${words[words.length - 1]} ${words.slice(0, -1).join(' ')}` : (words[0] ?? '');
}

function compare(sort: CaseloadQuery['sort']) {
  return (a: CaseloadRow, b: CaseloadRow): number => {
    // A safeguarding concern is never below the fold.
    const flagged = Number(b.draft.flags.length > 0) - Number(a.draft.flags.length > 0);
    if (flagged !== 0) return flagged;
    if (sort === 'name') return sortName(a.draft).localeCompare(sortName(b.draft));
    if (sort === 'updated') return b.draft.updatedAt.localeCompare(a.draft.updatedAt);
    // By the date to act by, soonest first; drafts without one after, most recently changed first.
    const actA = a.draft.keyWorker?.actBy;
    const actB = b.draft.keyWorker?.actBy;
    if (actA && actB && actA !== actB) return actA.localeCompare(actB);
    if (actA && !actB) return -1;
    if (!actA && actB) return 1;
    return b.draft.updatedAt.localeCompare(a.draft.updatedAt);
  };
}

export function buildCaseload(drafts: readonly SharedDraft[], query: CaseloadQuery, now: Date): Caseload {
  const all: CaseloadRow[] = drafts.map((shared) => ({
    ...shared,
    caseStatus: caseloadStatus(shared.draft, now),
    openComments: openComments(shared.draft).length,
  }));
  const counts = Object.fromEntries(CASELOAD_STATUSES.map((s) => [s, 0])) as Record<CaseloadStatus, number>;
  for (const row of all) counts[row.caseStatus] += 1;
  const years = [...new Set(all.map((r) => r.draft.youngPerson.schoolYear).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  return { rows: all.filter((row) => matches(row, query)).sort(compare(query.sort)), counts, total: all.length, years };
}

export function schoolYearLabel(year: number): string {
  if (year < 0) return 'Nursery';
  // Past Year 13 there is no school year: post-16 education, its year said beside it.
  if (year > 13) return `Post-16 (year ${year})`;
  return year === 0 ? 'Reception' : `Year ${year}`;
}

/** The query as a string for links (the bulk export of the same list). */
export function queryString(query: CaseloadQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.year !== undefined) params.set('year', String(query.year));
  if (query.flag) params.set('flag', query.flag);
  if (query.q) params.set('q', query.q);
  if (query.sort) params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
