import type { Activity } from 'botbuilder';
import { inConversation } from '../dialogs/journey';
import type { JourneySession, SessionServices } from '../dialogs/session';
import type { TeamsUser } from './teams/teamsIdentity';
import { TeamsUserDrafts } from './teams/teamsUserDrafts';

/** What the bot keeps per conversation about whose journey it carries. */
export interface ConversationLinks {
  draftId?: string;
  /** The draft whose chat notices go to this conversation. */
  conversationRecordedFor?: string;
}

/**
 * Which journey a conversation carries, and where a journey's young person chats: a signed-in
 * Teams account points at its draft, and a key worker's comment can reach the person's chat.
 */
export class ConversationMemory {
  private readonly teamsUsers: TeamsUserDrafts;

  constructor(private readonly services: SessionServices) {
    this.teamsUsers = new TeamsUserDrafts(services.storage);
  }

  /** The journey to load: this conversation's, else (a new Teams chat) the signed-in account's. */
  async draftIdFor(links: ConversationLinks, teamsUser: TeamsUser | undefined): Promise<string | undefined> {
    if (!links.draftId && teamsUser) return this.teamsUsers.draftIdOf(teamsUser);
    return links.draftId;
  }

  /**
   * At the start of a turn: the journey learns it is carried on in this conversation, so "delete
   * my data" can clear its transcript too; without consent, the conversation is forgotten instead.
   */
  async joined(session: JourneySession, conversationId: string): Promise<void> {
    if (session.journey.consent === false) {
      // The person said no to keeping anything: what they send now is not kept either.
      await this.services.forgetConversation?.(conversationId);
      await this.services.purgeDeleted?.();
    } else if (!session.journey.conversations.includes(conversationId)) {
      await session.updateJourney((j) => inConversation(j, conversationId));
    }
  }

  /** After the turn: a resume code or "delete my data" can have moved the conversation to another journey. */
  async remember(links: ConversationLinks, session: JourneySession, activity: Partial<Activity>, teamsUser: TeamsUser | undefined): Promise<void> {
    links.draftId = session.draftId;
    if (teamsUser) await this.teamsUsers.remember(teamsUser, session.draftId);
    // Once per draft and chat, and only with the person's consent.
    const remember = this.services.rememberConversation;
    if (!session.journey.consent || links.conversationRecordedFor === session.draftId || !remember) return;
    await remember(session.draftId, { conversationId: activity.conversation?.id ?? '', channelId: activity.channelId ?? '' });
    links.conversationRecordedFor = session.draftId;
  }
}
