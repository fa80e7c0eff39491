import { z } from 'zod';
import { keyWorkerColumns, keyWorkerOf, type KeyWorker } from './keyWorkers';
import { idRow } from './rows';
import type { SqlRunner } from './sql';

/*
 * Teams: which Teams account is which key worker (linked by an administrator, never by the bot),
 * the conversation references botbuilder needs to write to a chat later, and which drafts' cards
 * were sent, so a card goes once whichever instance notices the draft first.
 */
export interface TeamsLinkStore {
  /** Links a Teams account (Entra object id) to the key worker account; false when there is no such account. */
  linkTeamsAccount(email: string, aadObjectId: string, at: Date): Promise<boolean>;
  /** Returns false when the Teams account was not linked. */
  unlinkTeamsAccount(aadObjectId: string): Promise<boolean>;
  /** The key worker a Teams account is linked to, disabled or not. */
  keyWorkerForTeams(aadObjectId: string): Promise<KeyWorker | undefined>;
  /** The Teams account's chat with the bot (where it last installed the app). */
  setTeamsKeyWorkerConversation(aadObjectId: string, conversationId: string): Promise<void>;
  /** Teams chats of the key worker's linked accounts, for cards sent without a message from them. */
  teamsConversationsOfKeyWorker(keyWorkerId: string): Promise<string[]>;
  /** Keeps the JSON botbuilder needs to write to a Teams chat later (a ConversationReference). */
  rememberTeamsReference(conversationId: string, reference: string, at: Date): Promise<void>;
  teamsReference(conversationId: string): Promise<string | undefined>;
  /** True the first time only, for each key worker and draft, across every instance. */
  claimDraftCard(keyWorkerId: string, draftId: string, at: Date): Promise<boolean>;
}

const referenceRow = z.object({ reference: z.string() });

export function teamsLinkStore(db: SqlRunner): TeamsLinkStore {
  return {
    async linkTeamsAccount(email, aadObjectId, at) {
      const rows = await db.all('SELECT id FROM key_workers WHERE email = $1', [email]);
      if (rows[0] === undefined) return false;
      const { id } = idRow.parse(rows[0]);
      await db.run(
        `INSERT INTO teams_key_workers (aad_object_id, key_worker_id, linked_at) VALUES ($1, $2, $3)
         ON CONFLICT (aad_object_id) DO UPDATE SET key_worker_id = excluded.key_worker_id, linked_at = excluded.linked_at`,
        [aadObjectId.toLowerCase(), id, at.toISOString()],
      );
      return true;
    },
    async unlinkTeamsAccount(aadObjectId) {
      return (await db.run('DELETE FROM teams_key_workers WHERE aad_object_id = $1', [aadObjectId.toLowerCase()])) > 0;
    },
    async keyWorkerForTeams(aadObjectId) {
      const rows = await db.all(
        `SELECT ${keyWorkerColumns('k.')} FROM teams_key_workers t JOIN key_workers k ON k.id = t.key_worker_id WHERE t.aad_object_id = $1`,
        [aadObjectId.toLowerCase()],
      );
      return rows[0] === undefined ? undefined : keyWorkerOf(rows[0]);
    },
    async setTeamsKeyWorkerConversation(aadObjectId, conversationId) {
      await db.run('UPDATE teams_key_workers SET conversation_id = $1 WHERE aad_object_id = $2', [conversationId, aadObjectId.toLowerCase()]);
    },
    async teamsConversationsOfKeyWorker(keyWorkerId) {
      const rows = await db.all(
        'SELECT DISTINCT conversation_id AS id FROM teams_key_workers WHERE key_worker_id = $1 AND conversation_id IS NOT NULL ORDER BY id',
        [keyWorkerId],
      );
      return rows.map((row) => idRow.parse(row).id);
    },
    async rememberTeamsReference(conversationId, reference, at) {
      await db.run(
        `INSERT INTO teams_conversations (conversation_id, reference, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
        [conversationId, reference, at.toISOString()],
      );
    },
    async teamsReference(conversationId) {
      const rows = await db.all('SELECT reference FROM teams_conversations WHERE conversation_id = $1', [conversationId]);
      return rows[0] === undefined ? undefined : referenceRow.parse(rows[0]).reference;
    },
    async claimDraftCard(keyWorkerId, draftId, at) {
      const changed = await db.run(
        'INSERT INTO teams_draft_cards (key_worker_id, draft_id, sent_at) VALUES ($1, $2, $3) ON CONFLICT (key_worker_id, draft_id) DO NOTHING',
        [keyWorkerId, draftId, at.toISOString()],
      );
      return changed > 0;
    },
  };
}
