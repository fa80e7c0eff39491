import {
  ActivityTypes,
  TeamsActivityHandler,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { JourneySession, sessionIn, setSession, type SessionServices } from '../dialogs/session';
import { ReadingMode } from '../src/domain/readingMode';

export const ErrorText = { turn: 'common:error.turn' } as const;

interface ConversationData {
  draftId?: string;
}

/**
 * The Bot Framework edge: loads the person's journey for the turn, runs the main dialog and saves
 * the dialog stack. Everything the journey needs to survive lives in storage, written as it changes.
 */
export class OutcomesBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
    private readonly services: SessionServices,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = conversationState.createProperty<ConversationData>('conversationData');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const someoneArrived = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      // The bot speaks first: the reading-mode question is waiting before anything is typed.
      if (someoneArrived) await this.runJourney(context, { welcomeOnly: true });
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.runJourney(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
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

  private async runJourney(context: TurnContext, options: { welcomeOnly?: boolean } = {}): Promise<void> {
    const data = await this.conversationData.get(context, {});
    const session = await JourneySession.load(this.services, data.draftId);
    data.draftId = session.draftId;
    setSession(context, session);
    // Whatever the journey became is stored before the person sees the reply.
    context.onSendActivities(async (_context, _activities, next) => {
      await session.flush();
      return next();
    });
    const stack = await this.dialogState.get(context, { dialogStack: [] });
    // Someone joining a conversation that is under way must not count as an answer.
    if (options.welcomeOnly && stack.dialogStack.length > 0) return;
    await runDialog(this.dialog, context, this.dialogState);
    await session.flush();
    // A resume code or "delete my data" can move the conversation to another journey.
    data.draftId = session.draftId;
  }
}
