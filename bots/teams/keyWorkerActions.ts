import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { addComment, draftSchema, setStatus, touch, type Draft } from '../../src/domain/draft';
import { hashId } from '../../src/log';
import type { ReviewLog, YoungPersonNotice } from '../../src/review/context';
import type { KeyWorker, KeyWorkerStore } from '../../src/review/keyWorkerStore';
import { STATUS_LABEL } from '../../src/review/labels';
import { ConflictError } from '../../src/storage/errors';
import type { DraftStore } from '../../src/storage/types';
import { invokeCard, keyWorkerDraftCard, keyWorkerNoticeCard, KeyWorkerVerb, type KeyWorkerAction } from './keyWorkerCards';
import { KeyWorkerText } from './keyWorkerText';
import { invokeMessage } from './teamsCards';

export interface KeyWorkerDraftDeps {
  store: KeyWorkerStore;
  drafts: DraftStore;
  log: ReviewLog;
  now: () => Date;
  /** Absolute address of the draft's page on the review site. */
  reviewUrl: (draftId: string) => string;
  /** Tells the young person in their chat; resolves false when it could not. */
  notifyYoungPerson: (draft: Draft, notice: YoungPersonNotice) => Promise<boolean>;
}

export interface SharedDraft {
  draft: Draft;
  version: number;
}

/**
 * The draft, only while it is shared with this key worker. Anything else (deleted, unshared,
 * someone else's, unreadable) is the same answer, so a draft id on a card reveals nothing.
 */
export async function sharedDraftFor(deps: KeyWorkerDraftDeps, keyWorkerId: string, draftId: string): Promise<SharedDraft | undefined> {
  if (!(await deps.store.sharedDraftIds(keyWorkerId)).includes(draftId)) return undefined;
  const stored = await deps.drafts.get(draftId);
  const parsed = stored ? draftSchema.safeParse(stored.document) : undefined;
  if (!stored || !parsed?.success) return undefined;
  return { draft: parsed.data, version: stored.version };
}

interface Change {
  draft: Draft;
  summary: string;
  notice: YoungPersonNotice;
  done: string;
}

/** The same changes, with the same version summaries, as the review site's buttons make. */
function describeChange(shared: SharedDraft, action: KeyWorkerAction, keyWorker: KeyWorker, now: Date): Change | undefined {
  if (action.verb === KeyWorkerVerb.agree) {
    return { draft: setStatus(shared.draft, 'agreed'), summary: `status: ${STATUS_LABEL.agreed.toLowerCase()}`, notice: 'agreed', done: KeyWorkerText.agreed };
  }
  if (action.verb !== KeyWorkerVerb.requestChanges || !action.comment) return undefined;
  const commented = addComment(shared.draft, { text: action.comment, by: keyWorker.name, at: now }).draft;
  return {
    draft: setStatus(commented, 'changes_requested'),
    summary: `status: ${STATUS_LABEL.changes_requested.toLowerCase()}`,
    notice: 'changes_requested',
    done: KeyWorkerText.changesRequested,
  };
}

/**
 * A press on a key worker's draft card: refresh shows the draft as it is now; Agree and Request
 * changes act only on the version the card showed, so a second press of the same button, or a
 * press after anything changed, changes nothing and says why.
 */
export async function actOnDraftCard(
  deps: KeyWorkerDraftDeps,
  keyWorker: KeyWorker,
  action: KeyWorkerAction,
  teamsUserId: string | undefined,
): Promise<AdaptiveCardInvokeResponse> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const shared = await sharedDraftFor(deps, keyWorker.id, action.draftId);
    if (!shared) return invokeCard(keyWorkerNoticeCard(KeyWorkerText.noLongerShared));
    const cardFor = (current: SharedDraft, notice?: string) =>
      invokeCard(keyWorkerDraftCard({ ...current, reviewUrl: deps.reviewUrl(current.draft.id), teamsUserId, notice }));
    if (action.verb === KeyWorkerVerb.refresh) return cardFor(shared);
    if (action.basis !== shared.version) return cardFor(shared, KeyWorkerText.changedSince(STATUS_LABEL[shared.draft.status]));
    const now = deps.now();
    const change = describeChange(shared, action, keyWorker, now);
    if (!change) return cardFor(shared, KeyWorkerText.commentNeeded);
    const changed = touch(change.draft, now);
    let saved;
    try {
      saved = await deps.drafts.save(shared.draft.id, changed, shared.version, { author: 'key_worker', summary: change.summary });
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    deps.log.info({ draft: hashId(shared.draft.id), change: change.notice, keyWorker: hashId(keyWorker.id), via: 'teams' }, 'key worker changed a draft');
    const told = await deps.notifyYoungPerson(changed, change.notice);
    return cardFor({ draft: changed, version: saved.version }, `${change.done} ${told ? KeyWorkerText.told : KeyWorkerText.notToldYet}`);
  }
  return invokeMessage(KeyWorkerText.busy);
}
