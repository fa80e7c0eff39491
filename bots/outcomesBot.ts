import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Attachment,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { DRAFT_CONTENT_TYPE } from '../dialogs/ids';
import { reviewCard } from '../dialogs/reviewCard';
import { reportNewFlags } from '../dialogs/safeguardingConcern';
import { JourneySession, sessionIn, setSession, type SessionServices } from '../dialogs/session';
import { inConversation } from '../dialogs/journey';
import { ConversationQueue } from '../src/conversationQueue';
import { recogniseCommand } from '../src/language/commands';
import { MESSAGES_PER_CONVERSATION } from '../src/security/activityCaps';
import { draftSchema } from '../src/domain/draft';
import { ReadingMode } from '../src/domain/readingMode';
import { hashId, type Logger } from '../src/log';
import type { KeyWorkerTeams } from '../src/teams/keyWorkerTurns';
import { cardAnswerOf, forTeams, invokeError, invokeMessage, type CardAnswer } from '../src/teams/teamsCards';
import { teamsIdentityOf, tenantAllowed } from '../src/teams/teamsIdentity';
import { TeamsText } from '../src/teams/teamsText';
import { TeamsUserDrafts } from '../src/teams/teamsUserDrafts';

export const ErrorText = { turn: 'common:error.turn', conversationFull: 'common:error.conversationFull' } as const;

interface ConversationData {
  draftId?: string;
  /** The draft whose chat notices go to this conversation. */
  conversationRecordedFor?: string;
  /** Cards whose button has been answered (their message ids), so a second press changes nothing. */
  answeredCards?: string[];
  /** The shared draft whose key worker has been sent its card in Teams (or needed none). */
  sharedCardSentFor?: string;
  /** Messages the person has sent in this conversation, for the cap on what one conversation stores. */
  messages?: number;
}

export interface TeamsSettings {
  /** When set, only people of these Teams tenants are served. */
  allowedTenants?: readonly string[];
  log?: Logger;
}

const ANSWERED_CARDS_KEPT = 20;

/**
 * The Bot Framework edge: loads the person's journey for the turn, runs the main dialog and saves
 * the dialog stack. Everything the journey needs to survive lives in storage, written as it changes.
 */
export class OutcomesBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly teamsUsers: TeamsUserDrafts;
  /** Turns of one conversation never overlap in this instance (a double-pressed button, say). */
  private readonly turns = new ConversationQueue();
  /** Key workers in Teams get their drafts' cards instead of the journey. */
  private keyWorkerTeams: KeyWorkerTeams | undefined;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
    private readonly services: SessionServices,
    private readonly teams: TeamsSettings = {},
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = conversationState.createProperty<ConversationData>('conversationData');
    this.teamsUsers = new TeamsUserDrafts(services.storage);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const someoneArrived = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      // The bot speaks first: the reading-mode question is waiting before anything is typed.
      if (someoneArrived) await this.runJourney(context, { welcomeOnly: true });
      await next();
    });

    // Teams: installing the app (or adding it again) opens the chat; the person's open question,
    // or the welcome for someone new, is waiting there.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.dialogState.delete(context);
      await this.runJourney(context, { welcomeOnly: true });
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.runJourney(context);
      await next();
    });
  }

  routeKeyWorkersTo(keyWorkerTeams: KeyWorkerTeams): void {
    this.keyWorkerTeams = keyWorkerTeams;
  }

  override async run(context: TurnContext): Promise<void> {
    const teams = teamsIdentityOf(context.activity);
    if (teams && !tenantAllowed(teams, this.teams.allowedTenants)) {
      await this.refuseTenant(context, teams.tenantIds);
      return;
    }
    await this.turns.run(context.activity.conversation?.id ?? '', async () => {
      if (teams && (await this.keyWorkerTeams?.handle(context))) return;
      await super.run(context);
      await this.conversationState.saveChanges(context, false);
    });
  }

  /**
   * After a failed turn: tell the person kindly that their answers are safe, and drop only the
   * dialog stack. The journey in storage reopens the open question on the next message.
   */
  async recover(context: TurnContext): Promise<void> {
    const session = sessionIn(context);
    const t = session ? session.t : this.services.words.forMode(ReadingMode.standard);
    await context.sendActivity({ type: ActivityTypes.Message, text: t(ErrorText.turn), speak: t(ErrorText.turn) });
    await this.dialogState.delete(context);
    await this.conversationState.saveChanges(context, true);
  }

  /** A choice button on a Teams card: the same as typing that choice, once, and only for the open question. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const answer = cardAnswerOf(value);
    if (!answer) return invokeError(400, 'BadRequest', 'This card action is not one of Outcomes Bot\'s.');
    const data = await this.conversationData.get(context, {});
    const card = context.activity.replyToId;
    if (card && data.answeredCards?.includes(card)) return invokeMessage(TeamsText.alreadyAnswered);
    const outcome = await this.runJourney(context, { cardAnswer: answer });
    if (outcome === 'notOpen') return invokeMessage(TeamsText.notTheOpenQuestion);
    if (card) data.answeredCards = [...(data.answeredCards ?? []), card].slice(-ANSWERED_CARDS_KEPT);
    return invokeMessage(answer.answer);
  }

  private async runJourney(
    context: TurnContext,
    options: { welcomeOnly?: boolean; cardAnswer?: CardAnswer } = {},
  ): Promise<'done' | 'notOpen'> {
    const data = await this.conversationData.get(context, {});
    const teams = teamsIdentityOf(context.activity);
    const teamsUser = teams?.user;
    // In a Teams chat with no journey yet, the signed-in account says whose draft it is.
    if (!data.draftId && teamsUser) data.draftId = await this.teamsUsers.draftIdOf(teamsUser);
    const session = await JourneySession.load(this.services, data.draftId);
    data.draftId = session.draftId;
    setSession(context, session);
    const conversationId = context.activity.conversation.id;
    if (session.journey.consent === false) {
      // The person said no to keeping anything: what they send now is not kept either.
      await this.services.forgetConversation?.(conversationId);
      await this.services.purgeDeleted?.();
    } else if (!session.journey.conversations.includes(conversationId)) {
      await session.updateJourney((j) => inConversation(j, conversationId));
    }
    if (context.activity.type === ActivityTypes.Message && !options.cardAnswer) {
      data.messages = (data.messages ?? 0) + 1;
      // Past the cap only "stop" is still heard, so the person leaves with their code.
      if (data.messages > MESSAGES_PER_CONVERSATION && recogniseCommand(context.activity.text ?? '') !== 'stop') {
        const text = session.t(ErrorText.conversationFull);
        await session.flush();
        await context.sendActivity({ type: ActivityTypes.Message, text, speak: text });
        return 'done';
      }
    }
    // Whatever the journey became is stored before the person sees the reply.
    context.onSendActivities(async (_context, activities, next) => {
      await session.flush();
      if (teams) activities.splice(0, activities.length, ...activities.map((a) => forTeams(a, (x) => this.teamsAttachment(x, session))));
      return next();
    });
    const stack = await this.dialogState.get(context, { dialogStack: [] });
    // Someone joining a conversation that is under way must not count as an answer.
    if (options.welcomeOnly && stack.dialogStack.length > 0) return 'done';
    if (options.cardAnswer) {
      const open = session.journey.position;
      if (!open || open.step !== options.cardAnswer.step || (open.topic ?? undefined) !== options.cardAnswer.topic) return 'notOpen';
      await this.asMessage(context, options.cardAnswer.answer, () => runDialog(this.dialog, context, this.dialogState));
    } else {
      await runDialog(this.dialog, context, this.dialogState);
    }
    // Any flag added this turn outside the disclosure check still reaches the safeguarding leads.
    await reportNewFlags(context, session);
    await session.flush();
    // A resume code or "delete my data" can move the conversation to another journey.
    data.draftId = session.draftId;
    if (teamsUser) await this.teamsUsers.remember(teamsUser, session.draftId);
    // Where this person chats, so a key worker's comment can reach them; once per draft and chat.
    if (session.journey.consent && data.conversationRecordedFor !== session.draftId && this.services.rememberConversation) {
      await this.services.rememberConversation(session.draftId, { conversationId: context.activity.conversation.id, channelId: context.activity.channelId });
      data.conversationRecordedFor = session.draftId;
    }
    if (this.keyWorkerTeams && data.sharedCardSentFor !== session.draftId) {
      const draft = await session.draft();
      if (draft && (await this.keyWorkerTeams.draftShared(draft))) data.sharedCardSentFor = session.draftId;
    }
    return 'done';
  }

  /** Runs `work` as if the person had typed `text`; the invoke is restored for its response. */
  private async asMessage(context: TurnContext, text: string, work: () => Promise<unknown>): Promise<void> {
    const activity = context.activity;
    const { type, text: originalText, value } = activity;
    Object.assign(activity, { type: ActivityTypes.Message, text, value: undefined });
    try {
      await work();
    } finally {
      Object.assign(activity, { type, text: originalText, value });
    }
  }

  /** Teams cannot show the draft as JSON: it gets the same read-back card as the review. */
  private teamsAttachment(attachment: Attachment, session: JourneySession): Attachment | undefined {
    if (attachment.contentType !== DRAFT_CONTENT_TYPE) return undefined;
    const draft = draftSchema.safeParse(attachment.content);
    return draft.success ? reviewCard(draft.data, session.t) : undefined;
  }

  private async refuseTenant(context: TurnContext, tenantIds: readonly string[]): Promise<void> {
    this.teams.log?.warn({ tenants: tenantIds.map(hashId), type: context.activity.type }, 'Teams activity from a tenant that is not allowed');
    const { type, name } = context.activity;
    if (type === ActivityTypes.Invoke) {
      const body = name === 'adaptiveCard/action' ? invokeMessage(TeamsText.tenantRefused) : undefined;
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: body ? 200 : 403, body } });
      return;
    }
    const installed = type === ActivityTypes.InstallationUpdate && context.activity.action === 'add';
    if (type === ActivityTypes.Message || installed) {
      await context.sendActivity({ type: ActivityTypes.Message, text: TeamsText.tenantRefused, speak: TeamsText.tenantRefused });
    }
  }
}
