import { KnownJourneys } from '../dialogs/knownJourneys';
import type { SessionServices } from '../dialogs/session';
import type { BotEdgeParts } from '../src/botEdge';
import type { Draft } from '../src/domain/draft';
import { DraftForgetting } from '../src/retention/forgetDraft';
import { normaliseInvitationCode } from '../src/review/invitationCodes';
import { invitationUsable } from '../src/storage';
import { ResumeCodes } from '../src/storage/resumeCodes';

/** What the journey's dialogs may use, built from the app's parts: the only way they reach storage. */
export function createSessionServices(
  parts: BotEdgeParts,
  draftSentToKeyWorker: (draft: Draft, event: 'shared' | 'resubmitted') => Promise<void>,
): SessionServices {
  const { stores, now, config } = parts;
  return {
    storage: stores.state,
    drafts: stores.drafts,
    writeTurn: (writes) => stores.writeTurn(writes),
    journeys: new KnownJourneys(),
    words: parts.words,
    now,
    resumeCodes: new ResumeCodes(stores.state, parts.resumeCodePepper, config.retentionDays),
    retentionDays: config.retentionDays,
    forgetConversation: (id) => stores.directLine.clearActivities(id),
    purgeDeleted: () => stores.purgeDeleted(),
    forgetting: new DraftForgetting({ drafts: stores.drafts, state: stores.state }),
    downloadsFor: parts.downloadsFor,
    invitationExists: async (code) => {
      const invitation = await stores.invitations.findInvitation(normaliseInvitationCode(code));
      return Boolean(invitation && invitationUsable(invitation, now()));
    },
    rememberConversation: (draftId, conversation) => stores.chatLinks.rememberConversation(draftId, conversation, new Date()),
    draftSentToKeyWorker,
    safeguarding: parts.safeguarding,
    log: parts.log,
  };
}
