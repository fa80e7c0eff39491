import { z } from 'zod';
import { timestamp } from './rows';
import type { SqlRunner } from './sql';

/** Where a draft's young person last chatted, so a key worker's comment can reach them there. */
export interface DraftConversation {
  conversationId: string;
  channelId: string;
  updatedAt: string;
}

export interface ChatLinkStore {
  rememberConversation(draftId: string, conversation: { conversationId: string; channelId: string }, at: Date): Promise<void>;
  lastConversation(draftId: string): Promise<DraftConversation | undefined>;
}

const conversationRow = z
  .object({ conversation_id: z.string(), channel_id: z.string(), updated_at: timestamp })
  .transform((row): DraftConversation => ({ conversationId: row.conversation_id, channelId: row.channel_id, updatedAt: row.updated_at }));

export function chatLinkStore(db: SqlRunner): ChatLinkStore {
  return {
    async rememberConversation(draftId, conversation, at) {
      await db.run(
        `INSERT INTO draft_conversations (draft_id, conversation_id, channel_id, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (draft_id) DO UPDATE SET conversation_id = excluded.conversation_id,
           channel_id = excluded.channel_id, updated_at = excluded.updated_at`,
        [draftId, conversation.conversationId, conversation.channelId, at.toISOString()],
      );
    },
    async lastConversation(draftId) {
      const rows = await db.all('SELECT conversation_id, channel_id, updated_at FROM draft_conversations WHERE draft_id = $1', [draftId]);
      return rows[0] === undefined ? undefined : conversationRow.parse(rows[0]);
    },
  };
}
