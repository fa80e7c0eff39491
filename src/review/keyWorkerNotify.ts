import type { Draft } from '../domain/draft';
import { errorSummary, hashId } from '../log';
import type { ReviewLog } from './context';
import { normaliseInvitationCode } from './invitationCodes';
import type { InvitationStore } from '../storage';
import type { EmailMessage, Mailer } from '../mailer';

/** What happened to a draft that the key worker should hear about. */
export type DraftEvent = 'shared' | 'resubmitted';

const SUBJECT: Record<DraftEvent, string> = {
  shared: 'Outcomes Bot: a draft plan has been shared with you',
  resubmitted: 'Outcomes Bot: a draft plan has come back after your changes',
};

const OPENING: Record<DraftEvent, string> = {
  shared: 'A young person has shared their draft plan with you.',
  resubmitted: 'A young person has sent their draft plan back to you after the changes you asked for.',
};

/** A link and nothing the young person wrote (not even their name): email is not a safe place for it. */
export function draftEventEmail(event: DraftEvent, keyWorkerName: string, to: string, reviewUrl: string): EmailMessage {
  return {
    to,
    subject: SUBJECT[event],
    text: [
      `Hello ${keyWorkerName},`,
      '',
      OPENING[event],
      '',
      `Open it on the review site (you will be asked to sign in): ${reviewUrl}`,
      '',
      'For their privacy this email does not include anything the young person wrote.',
      '',
      'Outcomes Bot',
    ].join('\n'),
  };
}

export interface KeyWorkerNotifierDeps {
  invitations: Pick<InvitationStore, 'keyWorkerOfInvitation'>;
  mailer?: Mailer;
  reviewUrl: (draftId: string) => string;
  /** Teams cards for key workers whose Teams account is linked. */
  teams?: { draftResubmitted(draft: Draft): Promise<void> };
  log: ReviewLog;
}

/**
 * Tells the key worker a draft arrived or came back: an email when SMTP is set up, and a Teams
 * card when their Teams account is linked (a newly shared draft's card is sent after the turn).
 * Never throws: the draft is on the review site whatever happens here.
 */
export function keyWorkerNotifier(deps: KeyWorkerNotifierDeps): (draft: Draft, event: DraftEvent) => Promise<void> {
  return async (draft, event) => {
    const code = draft.keyWorker?.invitationCode;
    if (!code || !draft.keyWorker?.shared) return;
    try {
      const keyWorker = await deps.invitations.keyWorkerOfInvitation(normaliseInvitationCode(code));
      if (!keyWorker || keyWorker.disabled) return;
      if (deps.mailer) {
        await deps.mailer.send(draftEventEmail(event, keyWorker.name, keyWorker.email, deps.reviewUrl(draft.id)));
        deps.log.info({ draft: hashId(draft.id), event, keyWorker: hashId(keyWorker.id) }, 'key worker emailed about a draft');
      }
      if (event === 'resubmitted') await deps.teams?.draftResubmitted(draft);
    } catch (error) {
      deps.log.warn({ err: errorSummary(error), draft: hashId(draft.id), event }, 'could not tell the key worker about a draft');
    }
  };
}
