import type { Activity } from 'botbuilder';
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
