import { addComment, DraftItemNotFoundError, setStatus, touch, type Draft } from '../domain/draft';
import { summaryItems } from '../domain/draftSummary';
import { addProposal } from '../domain/proposals';
import { hashId } from '../log';
import { ConflictError, type DraftStore, type StoredDraft } from '../storage';
import { openComments } from './caseload';
import type { ReviewLog, YoungPersonNotice } from './context';
import { ITEM_LABEL, STATUS_LABEL } from './labels';

/*
 * A key worker's change to a shared draft, wherever they make it (the review site's forms, a card
 * in Teams): each only translates its input into a request. Here the draft is loaded (only while
 * it is shared with them), the change applied and saved as the key worker's version, retried on
 * fresh data when the young person saved at the same moment, and the young person told.
 */

export type KeyWorkerRequest =
  | { kind: 'comment'; itemId?: string; text: string }
  | { kind: 'proposal'; itemId: string; text: string; howOften?: string; who?: string; note?: string }
  | { kind: 'details'; dateOfBirth?: string; setting?: string; actBy?: string }
  /** `confirmed`: agreeing a draft with open comments was confirmed (or needs no asking). */
  | { kind: 'status'; status: 'agreed' | 'changes_requested'; message?: string; confirmed: boolean };

export type ChangeKind = 'comment' | 'proposal' | 'details' | 'agreed' | 'changes_requested';

export interface KeyWorkerChange {
  kind: ChangeKind;
  draft: Draft;
  /** The version's summary in the draft's history: who did what. */
  summary: string;
  /** What the young person is told, when they are told anything. */
  notice?: YoungPersonNotice;
}

/** Why nothing was saved: the request does not fit the draft, or agreeing needs a second yes. */
export type Refusal = 'incomplete' | 'needs_confirmation';

export interface KeyWorkerChangeDeps {
  drafts: DraftStore;
  log: ReviewLog;
  now: () => Date;
  /** Tells the young person in their chat; resolves false when it could not (they see it next visit). */
  notifyYoungPerson: (draft: Draft, notice: YoungPersonNotice) => Promise<boolean>;
}

export type ChangeResult =
  | { outcome: 'not_shared' }
  /** The draft changed since the version the key worker acted on (a card shows one version). */
  | { outcome: 'stale'; shared: StoredDraft }
  | { outcome: 'refused'; refusal: Refusal; shared: StoredDraft }
  | { outcome: 'saved'; change: KeyWorkerChange; draft: Draft; version: number; told: boolean }
  /** Someone else saved each time we tried: nothing was lost, the key worker tries again. */
  | { outcome: 'busy' };

/** Saves tried before giving up: each retry re-reads the newest version. */
const SAVE_ATTEMPTS = 3;

function itemLabel(draft: Draft, itemId: string | undefined): string {
  if (!itemId) return 'the whole draft';
  const entry = summaryItems(draft).find((item) => item.id === itemId);
  if (!entry) return 'an item';
  if (entry.labelKey === 'summary.outcome') return `outcome ${draft.outcomes.findIndex((o) => o.id === itemId) + 1}`;
  return ITEM_LABEL[entry.labelKey].toLowerCase();
}

const hasItem = (draft: Draft, itemId: string) => summaryItems(draft).some((item) => item.id === itemId);

/** The request applied to the draft, or why it cannot be. Pure: the same on every retry. */
export function describeChange(draft: Draft, request: KeyWorkerRequest, by: string, now: Date): KeyWorkerChange | Refusal {
  switch (request.kind) {
    case 'comment': {
      if (request.itemId !== undefined && !hasItem(draft, request.itemId)) return 'incomplete';
      const added = addComment(draft, { itemId: request.itemId, text: request.text, by, at: now }).draft;
      return { kind: 'comment', draft: added, summary: `${by}: comment on ${itemLabel(draft, request.itemId)}`, notice: 'comment' };
    }
    case 'proposal': {
      if (!hasItem(draft, request.itemId)) return 'incomplete';
      const { itemId, text, howOften, who, note } = request;
      try {
        const added = addProposal(draft, { itemId, text, howOften, who, note, by, at: now }).draft;
        return { kind: 'proposal', draft: added, summary: `${by}: proposed new words for ${itemLabel(draft, itemId)}`, notice: 'comment' };
      } catch (error) {
        // An item that cannot take new words (a date) means the form was not right.
        if (error instanceof RangeError || error instanceof DraftItemNotFoundError) return 'incomplete';
        throw error;
      }
    }
    case 'details': {
      const { dateOfBirth, setting, actBy } = request;
      const { dateOfBirth: _d, setting: _s, ...person } = draft.youngPerson;
      const { actBy: _a, ...keyWorker } = draft.keyWorker ?? { shared: true };
      const changed: Draft = {
        ...draft,
        youngPerson: { ...person, ...(dateOfBirth ? { dateOfBirth } : {}), ...(setting ? { setting } : {}) },
        keyWorker: { ...keyWorker, ...(actBy ? { actBy } : {}) },
      };
      return { kind: 'details', draft: changed, summary: `${by}: plan details` };
    }
    case 'status': {
      const { status, message } = request;
      if (status === 'agreed' && !request.confirmed && openComments(draft).length > 0) return 'needs_confirmation';
      const withMessage = message ? addComment(draft, { text: message, by, at: now }).draft : draft;
      return { kind: status, draft: setStatus(withMessage, status), summary: `${by}: ${STATUS_LABEL[status].toLowerCase()}`, notice: status };
    }
  }
}

/**
 * Loads the draft (only while shared with this key worker), applies the request, saves it as the
 * key worker's version and tells the young person. `basis`: act only on that version.
 */
export async function changeSharedDraft(
  deps: KeyWorkerChangeDeps,
  keyWorker: { id: string; name: string },
  draftId: string,
  request: KeyWorkerRequest,
  options: { basis?: number; via: 'review' | 'teams' },
): Promise<ChangeResult> {
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
    const shared = await deps.drafts.getShared(keyWorker.id, draftId);
    if (!shared) return { outcome: 'not_shared' };
    if (options.basis !== undefined && options.basis !== shared.version) return { outcome: 'stale', shared };
    const now = deps.now();
    const change = describeChange(shared.draft, request, keyWorker.name, now);
    if (typeof change === 'string') return { outcome: 'refused', refusal: change, shared };
    const draft = touch(change.draft, now);
    let version: number;
    try {
      ({ version } = await deps.drafts.save(shared.id, draft, shared.version, { author: 'key_worker', summary: change.summary }));
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    deps.log.info({ draft: hashId(shared.id), change: change.kind, keyWorker: hashId(keyWorker.id), via: options.via }, 'key worker changed a draft');
    const told = change.notice ? await deps.notifyYoungPerson(draft, change.notice) : false;
    return { outcome: 'saved', change, draft, version, told };
  }
  return { outcome: 'busy' };
}
