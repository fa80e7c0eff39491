import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Draft } from '../../src/domain/draft';
import { changeSharedDraft, type KeyWorkerChangeDeps, type KeyWorkerRequest } from '../../src/review/keyWorkerChanges';
import { STATUS_LABEL } from '../../src/review/labels';
import type { InvitationStore, KeyWorker, KeyWorkerStore, TeamsLinkStore } from '../../src/storage';
import { invokeCard, keyWorkerDraftCard, keyWorkerNoticeCard, KeyWorkerVerb, type KeyWorkerAction } from './keyWorkerCards';
import { KeyWorkerText } from './keyWorkerText';
import { invokeMessage } from './teamsCards';

export interface KeyWorkerDraftDeps extends KeyWorkerChangeDeps {
  keyWorkers: Pick<KeyWorkerStore, 'findKeyWorkerByEmail'>;
  invitations: Pick<InvitationStore, 'findInvitation'>;
  teamsLinks: TeamsLinkStore;
  /** Absolute address of the draft's page on the review site. */
  reviewUrl: (draftId: string) => string;
}

/** What a card's button asks for, as the review site's forms would ask it; undefined without the comment it needs. */
function requestOf(action: KeyWorkerAction): KeyWorkerRequest | undefined {
  // Pressing Agree on the card is the confirmation: the card shows how many comments are open.
  if (action.verb === KeyWorkerVerb.agree) return { kind: 'status', status: 'agreed', confirmed: true };
  if (action.verb !== KeyWorkerVerb.requestChanges || !action.comment) return undefined;
  return { kind: 'status', status: 'changes_requested', message: action.comment, confirmed: true };
}

/**
 * A press on a key worker's draft card: refresh shows the draft as it is now; Agree and Request
 * changes act only on the version the card showed (src/review/keyWorkerChanges.ts), so a second
 * press of the same button, or a press after anything changed, changes nothing and says why.
 */
export async function actOnDraftCard(
  deps: KeyWorkerDraftDeps,
  keyWorker: KeyWorker,
  action: KeyWorkerAction,
  teamsUserId: string | undefined,
): Promise<AdaptiveCardInvokeResponse> {
  const cardFor = (current: { draft: Draft; version: number }, notice?: string) =>
    invokeCard(keyWorkerDraftCard({ ...current, reviewUrl: deps.reviewUrl(current.draft.id), teamsUserId, notice }));
  const noLongerShared = () => invokeCard(keyWorkerNoticeCard(KeyWorkerText.noLongerShared));
  const changedSince = (current: { draft: Draft; version: number }) => cardFor(current, KeyWorkerText.changedSince(STATUS_LABEL[current.draft.status]));
  const shared = await deps.drafts.getShared(keyWorker.id, action.draftId);
  if (!shared) return noLongerShared();
  if (action.verb === KeyWorkerVerb.refresh) return cardFor(shared);
  if (action.basis !== shared.version) return changedSince(shared);
  const request = requestOf(action);
  if (!request) return cardFor(shared, KeyWorkerText.commentNeeded);
  const result = await changeSharedDraft(deps, keyWorker, action.draftId, request, { basis: action.basis, via: 'teams' });
  switch (result.outcome) {
    case 'not_shared':
      return noLongerShared();
    case 'stale':
      return changedSince(result.shared);
    case 'refused':
      return cardFor(result.shared, KeyWorkerText.commentNeeded);
    case 'busy':
      return invokeMessage(KeyWorkerText.busy);
    case 'saved': {
      const done = result.change.kind === 'agreed' ? KeyWorkerText.agreed : KeyWorkerText.changesRequested;
      return cardFor(result, `${done} ${result.told ? KeyWorkerText.told : KeyWorkerText.notToldYet}`);
    }
  }
}
