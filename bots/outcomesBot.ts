import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Attachment,
  type ConversationState,
  type StatePropertyAccessor,
  type StoreItems,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from '../dialogs/dialogKit';
import { DRAFT_CONTENT_TYPE } from '../dialogs/ids';
import { reviewCards } from '../dialogs/reviewCard';
import { reportNewFlags } from '../dialogs/safeguardingConcern';
import { JourneySession, sessionIn, setSession, type SessionServices } from '../dialogs/session';
import { ConversationQueue } from '../src/conversationQueue';
import { draftSchema, type Draft } from '../src/domain/draft';
import { ReadingMode } from '../src/domain/readingMode';
import type { Logger } from '../src/log';
import { ConversationMemory, type ConversationLinks } from './conversationMemory';
import { overMessageCap, type MessageCount } from './messageCap';
import { SilentTurns } from './silentTurn';
import { AnsweredCards, type AnsweredCardsData } from './teams/answeredCards';
import { cardAnswerOf, forTeams, invokeError, invokeMessage, type CardAnswer } from './teams/teamsCards';
import { teamsIdentityOf } from './teams/teamsIdentity';
import { TeamsText } from './teams/teamsText';
import { TenantGate } from './teams/tenantGate';
import { noteOffered } from '../dialogs/offeredExamples';
import { isOfferedChoice, markTapped, offeredWith, type OfferedChoicesData } from '../dialogs/offeredChoices';

/** Where a dialog context looks for its memory configuration in the turn (botbuilder-dialogs' DialogStateManager). */
const DIALOG_MEMORY = 'DialogStateManagerConfiguration';

export const ErrorText = { turn: 'common:error.turn', conversationFull: 'common:error.conversationFull' } as const;

interface ConversationData extends ConversationLinks, AnsweredCardsData, MessageCount, OfferedChoicesData {
  /** The shared draft whose key worker has been sent its card in Teams (or needed none). */
  sharedCardSentFor?: string;
}

/** Key workers in Teams get their drafts' cards instead of the journey (`KeyWorkerTeams`). */
export interface KeyWorkerRouting {
  /** Handles the turn when it is a key worker's; false leaves it to the young person's journey. */
  handle(context: TurnContext): Promise<boolean>;
  /** After a young person's turn: sends a newly shared draft to its key worker; true once done (or not needed). */
  draftShared(draft: Draft): Promise<boolean>;
}

export interface OutcomesBotOptions {
  conversationState: ConversationState;
  dialog: Dialog;
  services: SessionServices;
  /** When set, only people of these Teams tenants are served. */
  allowedTenants?: readonly string[];
  keyWorkers?: KeyWorkerRouting;
  log?: Logger;
}

/**
 * The Bot Framework edge: loads the person's journey for the turn, runs the main dialog and saves
 * the dialog stack. Everything the journey needs to survive lives in storage, written as it changes.
 */
export class OutcomesBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  /** Turns of one conversation never overlap in this instance (a double-pressed button, say). */
  private readonly turns = new ConversationQueue();
  private readonly conversationState: ConversationState;
  private readonly dialog: Dialog;
  private readonly services: SessionServices;
  private readonly tenants: TenantGate;
  private readonly memory: ConversationMemory;
  private readonly keyWorkers: KeyWorkerRouting | undefined;
  private readonly silentTurns: SilentTurns;
  /** The root dialog in its set, built once: the set holds no state of a conversation's own. */
  private readonly dialogs: DialogSet;
  /**
   * botbuilder's dialog memory scopes and path resolvers, as its first dialog context built them.
   * Every dialog context builds them again each turn unless the turn already holds them; they keep
   * no state of their own (each reads the turn it is given), so one set serves every turn.
   */
  private dialogMemory: unknown;

  constructor(options: OutcomesBotOptions) {
    super();
    this.conversationState = options.conversationState;
    this.dialog = options.dialog;
    this.services = options.services;
    this.keyWorkers = options.keyWorkers;
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = this.conversationState.createProperty<ConversationData>('conversationData');
    this.dialogs = new DialogSet(this.dialogState).add(this.dialog);
    this.tenants = new TenantGate(options.allowedTenants, options.log);
    this.memory = new ConversationMemory(this.services);
    this.silentTurns = new SilentTurns(options.log);

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

  override async run(context: TurnContext): Promise<void> {
    if (await this.tenants.refused(context)) return;
    const inTeams = teamsIdentityOf(context.activity) !== undefined;
    if (this.dialogMemory !== undefined) context.turnState.set(DIALOG_MEMORY, this.dialogMemory);
    await this.turns.run(context.activity.conversation?.id ?? '', async () => {
      if (inTeams && (await this.keyWorkers?.handle(context))) return;
      await super.run(context);
      await this.saveTurn(context);
    });
  }

  /**
   * After a failed turn: tell the person kindly that their answers are safe, and drop only the
   * dialog stack. The journey in storage reopens the open question on the next message.
   */
  async recover(context: TurnContext): Promise<void> {
    const session = sessionIn(context);
    const t = session ? session.t : this.services.words.forMode(ReadingMode.standard);
    // Replies held for the end of the turn may speak of what could not be stored: they never leave.
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) context.bufferedReplyActivities.splice(0);
    await context.sendActivity({ type: ActivityTypes.Message, text: t(ErrorText.turn), speak: t(ErrorText.turn) });
    await this.dialogState.delete(context);
    await this.saveTurn(context);
  }

  /**
   * The end of a turn: what the journey changed (answers, the journey) and the conversation's
   * dialog stack, in one transaction.
   */
  private async saveTurn(context: TurnContext): Promise<void> {
    const session = sessionIn(context);
    if (!session) {
      await this.conversationState.saveChanges(context, false);
      return;
    }
    await session.flush(await this.conversationStateItems(context));
  }

  /** The conversation state as this turn left it, as botbuilder's saveChanges would write it. */
  private async conversationStateItems(context: TurnContext): Promise<StoreItems> {
    const key = this.conversationState.getStorageKey(context);
    if (!key) return {};
    // The turn's own copy (loaded once, cached for the turn), changes included.
    const state = await this.conversationState.load(context);
    return { [key]: { ...state, eTag: '*' } };
  }

  /** A choice button on a Teams card: the same as typing that choice, once, and only for the open question. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const answer = cardAnswerOf(value);
    if (!answer) return invokeError(400, 'BadRequest', 'This card action is not one of Outcomes Bot\'s.');
    const data = await this.conversationData.get(context, {});
    const card = context.activity.replyToId;
    if (AnsweredCards.includes(data, card)) return invokeMessage(TeamsText.alreadyAnswered);
    const outcome = await this.runJourney(context, { cardAnswer: answer });
    if (outcome === 'notOpen') return invokeMessage(TeamsText.notTheOpenQuestion);
    AnsweredCards.add(data, card);
    return invokeMessage(answer.answer);
  }

  private async runJourney(
    context: TurnContext,
    options: { welcomeOnly?: boolean; cardAnswer?: CardAnswer } = {},
  ): Promise<'done' | 'notOpen'> {
    const data = await this.conversationData.get(context, {});
    const teams = teamsIdentityOf(context.activity);
    const teamsUser = teams?.user;
    const session = await JourneySession.load(this.services, await this.memory.draftIdFor(data, teamsUser));
    data.draftId = session.draftId;
    session.speaker = { inTeams: teams !== undefined, ...(teamsUser ? { teamsUser } : {}) };
    setSession(context, session);
    await this.memory.joined(session, context.activity.conversation.id);
    if (context.activity.type === ActivityTypes.Message && !options.cardAnswer && overMessageCap(data, context.activity.text ?? '')) {
      const text = session.t(ErrorText.conversationFull);
      await session.flush();
      await context.sendActivity({ type: ActivityTypes.Message, text, speak: text });
      return 'done';
    }
    // Whatever the journey became is stored before the person sees the reply. Replies the channel
    // collects (expectReplies: the web chat, /api/messages callers that ask for it) leave only when
    // the turn has ended, after its one write (saveTurn).
    const repliesWait = context.activity.deliveryMode === DeliveryModes.ExpectReplies;
    // What the bot says this turn, so a bare "yes" next can take the example it offered.
    const sent: string[] = [];
    let messages = 0;
    // A button the bot offered last, tapped (or sent back word for word): never read again for a worry.
    markTapped(context, isOfferedChoice(data, options.cardAnswer?.answer ?? (context.activity.type === ActivityTypes.Message ? context.activity.text : undefined)));
    // The buttons of the last message sent this turn, before Teams turns them into a card's.
    let offered: string[] | undefined;
    context.onSendActivities(async (_context, activities, next) => {
      for (const a of activities) if (a.type === ActivityTypes.Message && a.text) sent.push(a.text);
      if (activities.some((a) => a.type === ActivityTypes.Message)) offered = offeredWith(activities);
      messages += activities.filter((a) => a.type === ActivityTypes.Message).length;
      if (!repliesWait) await session.flush();
      if (teams) activities.splice(0, activities.length, ...activities.map((a) => forTeams(a, (x) => this.teamsAttachment(x, session))));
      return next();
    });
    const stack = await this.dialogState.get(context, { dialogStack: [] });
    // Someone joining a conversation that is under way must not count as an answer.
    if (options.welcomeOnly && stack.dialogStack.length > 0) return 'done';
    if (options.cardAnswer) {
      const open = session.journey.position;
      if (!open || open.step !== options.cardAnswer.step || (open.topic ?? undefined) !== options.cardAnswer.topic) return 'notOpen';
      await this.asMessage(context, options.cardAnswer.answer, () => this.runDialogTurn(context));
    } else {
      await this.runDialogTurn(context);
    }
    // A message never goes unanswered: a turn that said nothing asks the open question again.
    const answering = options.cardAnswer !== undefined || context.activity.type === ActivityTypes.Message;
    if (answering && messages === 0) await this.silentTurns.mend(context, session, this.dialogs, this.dialog.id, () => messages);
    await noteOffered(session, sent);
    // A turn that answered with no buttons (nothing sent at all included) leaves none to tap: older ones never count again.
    if (offered && offered.length > 0) data.offeredChoices = offered;
    else if (answering) delete data.offeredChoices;
    // Any flag added this turn outside the disclosure check still reaches the safeguarding leads.
    await reportNewFlags(context, session);
    await this.memory.remember(data, session, context.activity, teamsUser);
    if (this.keyWorkers && data.sharedCardSentFor !== session.draftId) {
      const draft = await session.draft();
      // The key worker's card is made from the stored draft.
      if (draft?.keyWorker?.shared) await session.flush();
      if (draft && (await this.keyWorkers.draftShared(draft))) data.sharedCardSentFor = session.draftId;
    }
    return 'done';
  }

  /**
   * The root dialog for this turn: the open dialog carries on, or the main dialog begins. This is
   * what botbuilder's runDialog does for a bot that is no skill, without its dialog memory scopes
   * (built, loaded and saved every turn; no dialog here reads them: the journey lives in the
   * session) and without its "Bot State" trace (a copy of that memory, sent with every reply that
   * a caller collects, for the Bot Framework Emulator's inspector).
   */
  private async runDialogTurn(context: TurnContext): Promise<void> {
    const dialogContext = await this.dialogs.createContext(context);
    this.dialogMemory ??= context.turnState.get(DIALOG_MEMORY) as unknown;
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.dialog.id);
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
  private teamsAttachment(attachment: Attachment, session: JourneySession): Attachment[] | undefined {
    if (attachment.contentType !== DRAFT_CONTENT_TYPE) return undefined;
    const draft = draftSchema.safeParse(attachment.content);
    return draft.success ? reviewCards(draft.data, session.t) : undefined;
  }
}
