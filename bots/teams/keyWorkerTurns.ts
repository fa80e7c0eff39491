import { ActivityTypes, TeamsInfo, type AdaptiveCardInvokeResponse, type Storage, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Draft } from '../../src/domain/draft';
import { errorSummary, hashId } from '../../src/log';
import { normaliseInvitationCode } from '../../src/review/invitationCodes';
import type { KeyWorker } from '../../src/storage';
import { normaliseEmail } from '../../src/review/loginRoutes';
import { actOnDraftCard, type KeyWorkerDraftDeps } from './keyWorkerActions';
import { keyWorkerActionOf, keyWorkerDraftCard, namesKeyWorkerVerb } from './keyWorkerCards';
import type { TeamsProactive } from './keyWorkerProactive';
import { KeyWorkerText } from './keyWorkerText';
import { invokeError, invokeMessage } from './teamsCards';
import { teamsIdentityOf, type TeamsUser } from './teamsIdentity';

/** Cards sent at once; a key worker with more drafts finds the rest on the review site. */
export const MAX_CARDS = 20;

const unlinkedKey = (user: TeamsUser) => `teams-key-worker-unlinked/${user.tenantId}/${user.aadObjectId.toLowerCase()}`;
const unlinkedMark = z.object({ at: z.string() });

export interface KeyWorkerTeamsDeps extends KeyWorkerDraftDeps {
  proactive: TeamsProactive;
  /** The bot's state storage: remembers who turned out to be an unlinked key worker. */
  state: Storage;
}

/**
 * Key workers in Teams. A Teams account linked to a key worker account (by an administrator, see
 * `npm run keyworker -- link-teams`) gets a card for each draft shared with them, on install, when
 * they write, and when a draft is newly shared. Everyone else is left to the young person's journey.
 */
export class KeyWorkerTeams {
  constructor(private readonly deps: KeyWorkerTeamsDeps) {}

  /** Handles the turn when it is a key worker's; false leaves it to the young person's journey. */
  async handle(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const user = teamsIdentityOf(activity)?.user;
    if (!user) return false;
    const installed = activity.type === ActivityTypes.InstallationUpdate && activity.action === 'add';
    await this.deps.proactive.remember(activity, { installed });
    const keyWorker = await this.deps.teamsLinks.keyWorkerForTeams(user.aadObjectId);
    if (keyWorker) {
      await this.serve(context, keyWorker, user, installed);
      return true;
    }
    const unlinked = installed ? await this.hasKeyWorkerAccount(context) : await this.markedUnlinked(user);
    if (!unlinked) {
      // A key worker's card pressed from an account that is no longer linked.
      if (activity.type !== ActivityTypes.Invoke || !namesKeyWorkerVerb(activity.value)) return false;
      await respond(context, invokeMessage(KeyWorkerText.notLinked(user.aadObjectId)));
      return true;
    }
    if (installed) await this.deps.state.write({ [unlinkedKey(user)]: { at: this.deps.now().toISOString(), eTag: '*' } });
    this.deps.log.info({ teamsUser: hashId(user.aadObjectId) }, 'a key worker whose Teams account is not linked opened the app');
    await this.say(context, KeyWorkerText.notLinked(user.aadObjectId));
    return true;
  }

  /** After a young person's turn: a draft newly shared with a key worker in Teams is sent to them, once. */
  async draftShared(draft: Draft): Promise<boolean> {
    const code = draft.keyWorker?.invitationCode;
    if (!draft.keyWorker?.shared || !code) return false;
    try {
      const invitation = await this.deps.invitations.findInvitation(normaliseInvitationCode(code));
      if (!invitation) return true;
      const conversations = await this.deps.teamsLinks.teamsConversationsOfKeyWorker(invitation.keyWorkerId);
      if (conversations.length === 0) return true;
      const shared = await this.deps.drafts.getShared(invitation.keyWorkerId, draft.id);
      if (!shared || !(await this.deps.teamsLinks.claimDraftCard(invitation.keyWorkerId, draft.id, this.deps.now()))) return true;
      for (const conversationId of conversations) {
        await this.deps.proactive.send(conversationId, (reference) => [
          { type: ActivityTypes.Message, text: KeyWorkerText.newlyShared },
          { type: ActivityTypes.Message, attachments: [keyWorkerDraftCard({ ...shared, reviewUrl: this.deps.reviewUrl(draft.id), teamsUserId: reference.user?.id })] },
        ]);
      }
    } catch (error) {
      // The draft is shared whatever happens here: the key worker sees it on the review site.
      this.deps.log.warn({ err: errorSummary(error), draft: hashId(draft.id) }, 'could not send a newly shared draft to a key worker in Teams');
    }
    return true;
  }

  /** A draft sent back after changes: a fresh card to the key worker's Teams chats, every time. */
  async draftResubmitted(draft: Draft): Promise<void> {
    const code = draft.keyWorker?.invitationCode;
    if (!draft.keyWorker?.shared || !code) return;
    try {
      const invitation = await this.deps.invitations.findInvitation(normaliseInvitationCode(code));
      if (!invitation) return;
      const shared = await this.deps.drafts.getShared(invitation.keyWorkerId, draft.id);
      if (!shared) return;
      for (const conversationId of await this.deps.teamsLinks.teamsConversationsOfKeyWorker(invitation.keyWorkerId)) {
        await this.deps.proactive.send(conversationId, (reference) => [
          { type: ActivityTypes.Message, text: KeyWorkerText.resubmitted },
          { type: ActivityTypes.Message, attachments: [keyWorkerDraftCard({ ...shared, reviewUrl: this.deps.reviewUrl(draft.id), teamsUserId: reference.user?.id })] },
        ]);
      }
    } catch (error) {
      this.deps.log.warn({ err: errorSummary(error), draft: hashId(draft.id) }, 'could not send a resubmitted draft to a key worker in Teams');
    }
  }

  private async serve(context: TurnContext, keyWorker: KeyWorker, user: TeamsUser, installed: boolean): Promise<void> {
    const { type, name } = context.activity;
    if (type === ActivityTypes.Invoke) {
      if (name !== 'adaptiveCard/action') return respond(context, undefined, 501);
      if (keyWorker.disabled) return respond(context, invokeMessage(KeyWorkerText.disabled));
      const action = keyWorkerActionOf(context.activity.value);
      if (!action) return respond(context, invokeError(400, 'BadRequest', KeyWorkerText.notOurs));
      return respond(context, await actOnDraftCard(this.deps, keyWorker, action, context.activity.from?.id));
    }
    // Anything else (a member added, a reaction, the app removed) needs no answer.
    if (type !== ActivityTypes.Message && !installed) return;
    if (keyWorker.disabled) return this.say(context, KeyWorkerText.disabled);
    await this.deps.teamsLinks.setTeamsKeyWorkerConversation(user.aadObjectId, context.activity.conversation.id);
    await this.sendDrafts(context, keyWorker);
  }

  private async sendDrafts(context: TurnContext, keyWorker: KeyWorker): Promise<void> {
    const drafts = await this.deps.drafts.sharedWith(keyWorker.id);
    if (drafts.length === 0) return this.say(context, KeyWorkerText.noDrafts);
    const cards = [];
    for (const shared of drafts.slice(0, MAX_CARDS)) {
      // Sent here, so "newly shared" will not send it again.
      await this.deps.teamsLinks.claimDraftCard(keyWorker.id, shared.id, this.deps.now());
      cards.push(keyWorkerDraftCard({ ...shared, reviewUrl: this.deps.reviewUrl(shared.id), teamsUserId: context.activity.from?.id }));
    }
    await this.say(context, KeyWorkerText.yourDrafts(drafts.length, cards.length));
    // One message per card, so each card refreshes and is replaced on its own.
    await context.sendActivities(cards.map((card) => ({ type: ActivityTypes.Message, attachments: [card] })));
  }

  /**
   * Whether the person's Teams profile email is a key worker account's. Only used to explain why
   * no drafts are shown: the email is not proof of identity, so it never links anything.
   */
  private async hasKeyWorkerAccount(context: TurnContext): Promise<boolean> {
    const from = context.activity.from?.id;
    if (!from) return false;
    let member;
    try {
      member = await TeamsInfo.getMember(context, from);
    } catch (error) {
      this.deps.log.warn({ err: errorSummary(error) }, 'could not read the Teams profile of someone who installed the app');
      return false;
    }
    for (const email of new Set([member.email, member.userPrincipalName])) {
      if (email && (await this.deps.keyWorkers.findKeyWorkerByEmail(normaliseEmail(email)))) return true;
    }
    return false;
  }

  private async markedUnlinked(user: TeamsUser): Promise<boolean> {
    const key = unlinkedKey(user);
    const items = await this.deps.state.read([key]);
    return unlinkedMark.safeParse(items[key]).success;
  }

  private async say(context: TurnContext, text: string): Promise<void> {
    await context.sendActivity({ type: ActivityTypes.Message, text, textFormat: 'plain' });
  }
}

async function respond(context: TurnContext, body: AdaptiveCardInvokeResponse | undefined, status = 200): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}
