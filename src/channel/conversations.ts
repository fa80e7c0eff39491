import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { DirectLineStore } from '../storage/types';
import type { ActivityLog, ChannelActivity } from './activityLog';
import type { ConversationQueue } from '../conversationQueue';
import { DirectLineError, notFound } from './errors';
import { errorSummary, hashId } from './logFields';

/** Runs one bot turn for an incoming activity and gives back the bot's replies. */
export type Deliver = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

export interface BotAccount {
  id: string;
  name: string;
}

/** Bot output that is about the turn itself, not for the person: never stored or shown. */
const UNSHOWN_REPLY_TYPES = new Set(['trace', 'invokeResponse', 'delay']);

/**
 * What happens in a conversation, independent of HTTP: starting it (the bot is told and
 * speaks first), a person's activity and the bot's answer, and bot messages sent later.
 * Every change to one conversation goes through its queue.
 */
export class DirectLineConversations {
  constructor(
    private readonly deps: {
      store: DirectLineStore;
      activities: ActivityLog;
      queue: ConversationQueue;
      deliver: Deliver;
      bot: BotAccount;
      log: Logger;
      now: () => number;
    },
  ) {}

  async exists(conversationId: string): Promise<boolean> {
    return (await this.deps.store.getConversation(conversationId)) !== undefined;
  }

  /** How many activities the conversation's transcript has had (its last sequence number). */
  async length(conversationId: string): Promise<number> {
    return this.deps.store.activityCount(conversationId);
  }

  async userIdOf(conversationId: string): Promise<string | undefined> {
    return (await this.deps.store.getConversation(conversationId))?.userId;
  }

  /**
   * Starts the conversation if it has not started yet and tells the bot, whose welcome is stored
   * before this resolves, so it is in the history before the person can type.
   */
  start(conversationId: string, user: { id: string; name?: string }, serviceUrl: string, locale?: string): Promise<'created' | 'existing'> {
    const { store, queue, log } = this.deps;
    return queue.run(conversationId, async () => {
      if (await this.exists(conversationId)) return 'existing';
      try {
        await store.createConversation({ id: conversationId, userId: user.id, createdAt: new Date(this.deps.now()).toISOString() });
      } catch (error) {
        // Another instance may have started it a moment ago.
        if (await this.exists(conversationId)) return 'existing';
        throw error;
      }
      log.info({ conversation: hashId(conversationId) }, 'direct line conversation started');
      const userAccount = { id: user.id, name: user.name, role: 'user' };
      const update: ChannelActivity = {
        type: 'conversationUpdate',
        id: `${conversationId}|start`,
        timestamp: new Date(this.deps.now()).toISOString(),
        channelId: 'directline',
        serviceUrl,
        conversation: { id: conversationId },
        from: userAccount,
        recipient: this.botAccount(),
        membersAdded: [this.botAccount(), userAccount],
        locale,
      };
      try {
        await this.runTurn(conversationId, update);
      } catch (error) {
        // The conversation exists either way; the person can still type and the bot answers then.
        log.error({ conversation: hashId(conversationId), err: errorSummary(error) }, 'bot failed to handle conversation start');
      }
      return 'created';
    });
  }

  /** Stores the person's activity (so it shows at once), runs the bot's turn, stores the replies. */
  post(conversationId: string, activity: ChannelActivity): Promise<string> {
    const { queue, activities, log } = this.deps;
    return queue.run(conversationId, async () => {
      if (!(await this.exists(conversationId))) throw notFound('Conversation not found');
      const [stored] = await activities.append(conversationId, [activity]);
      if (!stored) throw new DirectLineError(500, 'ServiceError', 'Activity was not stored');
      try {
        await this.runTurn(conversationId, stored);
      } catch (error) {
        log.error({ conversation: hashId(conversationId), err: errorSummary(error) }, 'bot failed to handle activity');
        throw new DirectLineError(502, 'BotError', 'The bot could not handle the activity');
      }
      return String(stored.id);
    });
  }

  /** Bot messages sent outside a turn (proactive); they reach open streams like any reply. */
  appendBotActivities(conversationId: string, replies: Partial<Activity>[]): Promise<string[]> {
    return this.deps.queue.run(conversationId, async () => {
      if (!(await this.exists(conversationId))) throw notFound('Conversation not found');
      const stored = await this.deps.activities.append(conversationId, this.showable(conversationId, replies));
      return stored.map((activity) => String(activity.id));
    });
  }

  private async runTurn(conversationId: string, incoming: ChannelActivity): Promise<void> {
    const replies = await this.deps.deliver(incoming as Partial<Activity>);
    await this.deps.activities.append(conversationId, this.showable(conversationId, replies));
  }

  private showable(conversationId: string, replies: Partial<Activity>[]): ChannelActivity[] {
    return replies
      .filter((reply) => !UNSHOWN_REPLY_TYPES.has(reply.type ?? 'message'))
      .map((reply) => {
        // A JSON copy drops undefined fields and anything that is not data.
        const plain = JSON.parse(JSON.stringify(reply)) as ChannelActivity;
        delete plain.deliveryMode;
        return {
          ...plain,
          type: plain.type ?? 'message',
          channelId: 'directline',
          conversation: { id: conversationId },
          from: plain.from ?? this.botAccount(),
        };
      });
  }

  private botAccount(): { id: string; name: string; role: string } {
    return { id: this.deps.bot.id, name: this.deps.bot.name, role: 'bot' };
  }
}
