import { TurnContext, type Activity, type CloudAdapter } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { z } from 'zod';
import type { ReviewLog } from '../../src/review/context';
import type { TeamsLinkStore } from '../../src/storage';
import { hashId } from '../../src/log';
import { TEAMS_CHANNEL_ID } from './teamsIdentity';

/** What a stored reference must hold to write to a Teams chat; checked when read back. */
const referenceSchema = z.object({
  channelId: z.literal(TEAMS_CHANNEL_ID),
  serviceUrl: z.url(),
  // botbuilder's types require a few fields Teams does not need; they default to empty.
  conversation: z.looseObject({ id: z.string().min(1), name: z.string().default(''), isGroup: z.boolean().default(false), conversationType: z.string().default('personal') }),
  bot: z.looseObject({ id: z.string().min(1), name: z.string().default('') }),
  user: z.looseObject({ id: z.string().min(1), name: z.string().default('') }).optional(),
  locale: z.string().optional(),
});

export type TeamsReference = z.infer<typeof referenceSchema>;

export class NoTeamsReferenceError extends Error {
  override readonly name = 'NoTeamsReferenceError';
}

/** Conversations whose reference this instance has stored already; only saves writes, never needed. */
const REMEMBERED_KEPT = 10_000;

/**
 * Writing to a Teams chat without a message from it (a proactive message): the conversation's
 * reference is kept when the app is installed (and on the first turn this instance sees), then
 * the adapter continues that conversation.
 */
export class TeamsProactive {
  private readonly remembered = new Set<string>();

  constructor(
    private readonly deps: {
      adapter: CloudAdapter;
      /** Without a Microsoft App Id (local development, tests) the adapter's anonymous path is used. */
      appId?: string;
      teamsLinks: Pick<TeamsLinkStore, 'rememberTeamsReference' | 'teamsReference'>;
      log: ReviewLog;
      now: () => Date;
    },
  ) {}

  /** Keeps the reference of this activity's Teams chat; always on install, else once per instance. */
  async remember(activity: Partial<Activity>, options: { installed: boolean }): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId || (!options.installed && this.remembered.has(conversationId))) return;
    const reference = TurnContext.getConversationReference(activity);
    // Not needed to write to the chat, so not kept: the person's display name and Entra object id.
    // The activity id is dropped too, so later messages are new messages, not replies to it.
    const { activityId: _reply, user, ...rest } = reference;
    const kept = { ...rest, ...(user?.id ? { user: { id: user.id } } : {}) };
    if (!referenceSchema.safeParse(kept).success) return;
    await this.deps.teamsLinks.rememberTeamsReference(conversationId, JSON.stringify(kept), this.deps.now());
    if (this.remembered.size >= REMEMBERED_KEPT) this.remembered.clear();
    this.remembered.add(conversationId);
  }

  async referenceOf(conversationId: string): Promise<TeamsReference | undefined> {
    const stored = await this.deps.teamsLinks.teamsReference(conversationId);
    if (stored === undefined) return undefined;
    const parsed = referenceSchema.safeParse(JSON.parse(stored));
    if (!parsed.success) this.deps.log.warn({ conversation: hashId(conversationId) }, 'a stored Teams conversation reference is not usable');
    return parsed.success ? parsed.data : undefined;
  }

  /** Sends to a Teams chat; throws NoTeamsReferenceError when the bot was never installed there. */
  async send(conversationId: string, activities: (reference: TeamsReference) => Partial<Activity>[]): Promise<void> {
    const reference = await this.referenceOf(conversationId);
    if (!reference) throw new NoTeamsReferenceError('no conversation reference for this Teams chat');
    const identity = this.deps.appId ? this.deps.appId : new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
    await this.deps.adapter.continueConversationAsync(identity, reference, async (context) => {
      // botbuilder addresses these as replies to its own made-up continuation event; they are new
      // messages in the chat (POST /v3/conversations/{id}/activities), as Teams expects.
      context.onSendActivities(async (_context, outgoing, next) => {
        for (const activity of outgoing) delete activity.replyToId;
        return next();
      });
      await context.sendActivities(activities(reference));
    });
  }
}
