import type { SessionServices } from '../dialogs/session';
import type { BotEdgeParts } from '../src/botEdge';
import type { Draft } from '../src/domain/draft';
import { keepNoteOfDeletedDraft } from '../src/retention/safeguardingNotes';
import { normaliseInvitationCode } from '../src/review/invitationCodes';
import { invitationUsable } from '../src/review/keyWorkerStore';
import { ResumeCodes } from '../src/storage/resumeCodes';

/** What the journey's dialogs may use, built from the app's parts: the only way they reach storage. */
export function createSessionServices(
  parts: BotEdgeParts,
  draftSentToKeyWorker: (draft: Draft, event: 'shared' | 'resubmitted') => Promise<void>,
): SessionServices {
  const { stores, keyWorkers, now, config } = parts;
  return {
    storage: stores.state,
    drafts: stores.drafts,
    words: parts.words,
    now,
    resumeCodes: new ResumeCodes(stores.state, parts.resumeCodePepper, config.retentionDays),
    forgetConversation: (id) => stores.directLine.clearActivities(id),
    purgeDeleted: () => stores.purgeDeleted(),
    keepSafeguardingNote: keepNoteOfDeletedDraft(stores.state),
    downloadsFor: parts.downloadsFor,
    invitationExists: async (code) => {
      const invitation = await keyWorkers.findInvitation(normaliseInvitationCode(code));
      return Boolean(invitation && invitationUsable(invitation, now()));
    },
    rememberConversation: (draftId, conversation) => keyWorkers.rememberConversation(draftId, conversation, new Date()),
    draftSentToKeyWorker,
    safeguarding: parts.safeguarding,
    log: parts.log,
  };
}
