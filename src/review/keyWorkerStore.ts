import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { openSqlRunner, type DatabaseOptions, type SqlRunner } from './sqlRunner';

/*
 * Everything the review site keeps: key worker accounts, their sessions, failed sign-ins (for
 * throttling), invitations, the last conversation of each draft (for telling the young person
 * about a comment), and for Teams: which Teams account is which key worker, conversation
 * references, and which drafts' cards were sent. All of it lives in the shared database, so any
 * instance can serve any request.
 */

export interface KeyWorker {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  createdAt: string;
}

export interface KeyWorkerWithPassword extends KeyWorker {
  passwordHash: string;
}

export interface ReviewSession {
  keyWorker: KeyWorker;
  csrfToken: string;
  expiresAt: string;
}

export interface Invitation {
  /** Normalised: upper case, no separators. */
  code: string;
  keyWorkerId: string;
  note?: string;
  createdAt: string;
  /** After this a young person can no longer type the code (drafts already shared stay shared). */
  expiresAt?: string;
  revokedAt?: string;
}

/** Whether a young person can still use the code. */
export function invitationUsable(invitation: Invitation, now: Date): boolean {
  if (invitation.revokedAt) return false;
  return !invitation.expiresAt || new Date(invitation.expiresAt).getTime() > now.getTime();
}

export interface DraftConversation {
  conversationId: string;
  channelId: string;
  updatedAt: string;
}

export interface KeyWorkerStore {
  engine: 'sqlite' | 'postgres';
  /** Returns undefined when the email is already taken. */
  addKeyWorker(account: { email: string; name: string; passwordHash: string }, now: Date): Promise<KeyWorker | undefined>;
  findKeyWorkerByEmail(email: string): Promise<KeyWorkerWithPassword | undefined>;
  listKeyWorkers(): Promise<KeyWorker[]>;
  /** Disabling also ends every session of the account. Returns false when there is no such account. */
  setDisabled(email: string, disabled: boolean): Promise<boolean>;

  createSession(session: { idHash: string; keyWorkerId: string; csrfToken: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /** Only a session that has not expired, of an account that is not disabled. */
  findSession(idHash: string, now: Date): Promise<ReviewSession | undefined>;
  deleteSession(idHash: string): Promise<void>;

  recordLoginFailure(subjects: readonly string[], at: Date): Promise<void>;
  countLoginFailures(subject: string, since: Date): Promise<number>;
  clearLoginFailures(subject: string): Promise<void>;

  /** Returns false when the code is taken (the caller draws another). */
  createInvitation(invitation: Invitation): Promise<boolean>;
  listInvitations(keyWorkerId: string): Promise<Invitation[]>;
  findInvitation(code: string): Promise<Invitation | undefined>;
  /** Only the key worker's own code; false when there is no such code of theirs. */
  revokeInvitation(keyWorkerId: string, code: string, at: Date): Promise<boolean>;

  /**
   * Ids of the drafts shared with this key worker, most recently changed first: the draft names
   * one of the key worker's invitation codes and the young person said yes to sharing.
   */
  sharedDraftIds(keyWorkerId: string): Promise<string[]>;

  rememberConversation(draftId: string, conversation: { conversationId: string; channelId: string }, at: Date): Promise<void>;
  lastConversation(draftId: string): Promise<DraftConversation | undefined>;

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

  close(): Promise<void>;
}

/** SQLite keeps ISO strings, PostgreSQL gives Date objects; callers always get ISO strings. */
const timestamp = z.union([z.date(), z.string()]).transform((value) => new Date(value).toISOString());
const flag = z.union([z.boolean(), z.number()]).transform(Boolean);

const keyWorkerRow = z
  .object({ id: z.string(), email: z.string(), name: z.string(), password_hash: z.string(), disabled: flag, created_at: timestamp })
  .transform((row): KeyWorkerWithPassword => ({
    id: row.id,
    email: row.email,
    name: row.name,
    disabled: row.disabled,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  }));

const sessionRow = z.object({ csrf_token: z.string(), expires_at: timestamp });

const invitationRow = z
  .object({
    code: z.string(),
    key_worker_id: z.string(),
    note: z.string().nullable(),
    created_at: timestamp,
    expires_at: timestamp.nullable(),
    revoked_at: timestamp.nullable(),
  })
  .transform((row): Invitation => ({
    code: row.code,
    keyWorkerId: row.key_worker_id,
    ...(row.note ? { note: row.note } : {}),
    createdAt: row.created_at,
    ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  }));
const INVITATION_COLUMNS = 'code, key_worker_id, note, created_at, expires_at, revoked_at';

const countRow = z.object({ n: z.coerce.number().int() });
const idRow = z.object({ id: z.string() });
const referenceRow = z.object({ reference: z.string() });
const conversationRow = z
  .object({ conversation_id: z.string(), channel_id: z.string(), updated_at: timestamp })
  .transform((row): DraftConversation => ({ conversationId: row.conversation_id, channelId: row.channel_id, updatedAt: row.updated_at }));

const KEY_WORKER_COLUMNS = 'id, email, name, password_hash, disabled, created_at';

/** The draft's invitation code as the bot stored it ("abcd-efgh" typed), normalised like ours. */
function sharedDraftsSql(engine: SqlRunner['engine']): string {
  const code =
    engine === 'sqlite'
      ? `json_extract(d.json, '$.keyWorker.invitationCode')`
      : `(outcomes_jsonb(d.json) #>> '{keyWorker,invitationCode}')`;
  const shared =
    engine === 'sqlite' ? `json_extract(d.json, '$.keyWorker.shared') = 1` : `(outcomes_jsonb(d.json) #>> '{keyWorker,shared}') = 'true'`;
  return `SELECT d.id FROM drafts d
    JOIN invitations i ON i.code = upper(replace(replace(${code}, '-', ''), ' ', ''))
    WHERE i.key_worker_id = $1 AND ${shared}
    ORDER BY d.updated_at DESC, d.id`;
}

export function keyWorkerStoreOn(db: SqlRunner): KeyWorkerStore {
  const iso = (date: Date) => date.toISOString();
  const bool = (value: boolean) => (db.engine === 'sqlite' ? Number(value) : value);
  return {
    engine: db.engine,
    async addKeyWorker(account, now) {
      const id = randomUUID();
      const changed = await db.run(
        `INSERT INTO key_workers (id, email, name, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING`,
        [id, account.email, account.name, account.passwordHash, bool(false), iso(now)],
      );
      if (changed === 0) return undefined;
      return { id, email: account.email, name: account.name, disabled: false, createdAt: iso(now) };
    },
    async findKeyWorkerByEmail(email) {
      const rows = await db.all(`SELECT ${KEY_WORKER_COLUMNS} FROM key_workers WHERE email = $1`, [email]);
      return rows[0] === undefined ? undefined : keyWorkerRow.parse(rows[0]);
    },
    async listKeyWorkers() {
      const rows = await db.all(`SELECT ${KEY_WORKER_COLUMNS} FROM key_workers ORDER BY email`);
      return rows.map((row) => {
        const { passwordHash: _hidden, ...keyWorker } = keyWorkerRow.parse(row);
        return keyWorker;
      });
    },
    async setDisabled(email, disabled) {
      const changed = await db.run('UPDATE key_workers SET disabled = $1 WHERE email = $2', [bool(disabled), email]);
      if (changed > 0 && disabled) {
        await db.run('DELETE FROM key_worker_sessions WHERE key_worker_id IN (SELECT id FROM key_workers WHERE email = $1)', [email]);
      }
      return changed > 0;
    },

    async createSession(session) {
      await db.run(
        'INSERT INTO key_worker_sessions (id_hash, key_worker_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [session.idHash, session.keyWorkerId, session.csrfToken, iso(session.createdAt), iso(session.expiresAt)],
      );
      // Expired sessions are of no use to anyone: clear them while we are here.
      await db.run('DELETE FROM key_worker_sessions WHERE expires_at <= $1', [iso(session.createdAt)]);
    },
    async findSession(idHash, now) {
      const rows = await db.all(
        `SELECT s.csrf_token, s.expires_at, k.id, k.email, k.name, k.password_hash, k.disabled, k.created_at
         FROM key_worker_sessions s JOIN key_workers k ON k.id = s.key_worker_id
         WHERE s.id_hash = $1 AND s.expires_at > $2`,
        [idHash, iso(now)],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      const session = sessionRow.parse(row);
      const { passwordHash: _hidden, ...keyWorker } = keyWorkerRow.parse(row);
      if (keyWorker.disabled) return undefined;
      return { keyWorker, csrfToken: session.csrf_token, expiresAt: session.expires_at };
    },
    async deleteSession(idHash) {
      await db.run('DELETE FROM key_worker_sessions WHERE id_hash = $1', [idHash]);
    },

    async recordLoginFailure(subjects, at) {
      for (const subject of subjects) await db.run('INSERT INTO login_failures (subject, at) VALUES ($1, $2)', [subject, iso(at)]);
      // A day is far longer than any throttling window.
      await db.run('DELETE FROM login_failures WHERE at < $1', [iso(new Date(at.getTime() - 86_400_000))]);
    },
    async countLoginFailures(subject, since) {
      const rows = await db.all('SELECT count(*) AS n FROM login_failures WHERE subject = $1 AND at > $2', [subject, iso(since)]);
      return countRow.parse(rows[0]).n;
    },
    async clearLoginFailures(subject) {
      await db.run('DELETE FROM login_failures WHERE subject = $1', [subject]);
    },

    async createInvitation(invitation) {
      const changed = await db.run(
        'INSERT INTO invitations (code, key_worker_id, note, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING',
        [invitation.code, invitation.keyWorkerId, invitation.note ?? null, invitation.createdAt, invitation.expiresAt ?? null],
      );
      return changed > 0;
    },
    async listInvitations(keyWorkerId) {
      const rows = await db.all(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE key_worker_id = $1 ORDER BY created_at DESC, code`,
        [keyWorkerId],
      );
      return rows.map((row) => invitationRow.parse(row));
    },
    async findInvitation(code) {
      const rows = await db.all(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE code = $1`, [code]);
      return rows[0] === undefined ? undefined : invitationRow.parse(rows[0]);
    },
    async revokeInvitation(keyWorkerId, code, at) {
      const changed = await db.run('UPDATE invitations SET revoked_at = $1 WHERE code = $2 AND key_worker_id = $3 AND revoked_at IS NULL', [iso(at), code, keyWorkerId]);
      return changed > 0;
    },

    async sharedDraftIds(keyWorkerId) {
      const rows = await db.all(sharedDraftsSql(db.engine), [keyWorkerId]);
      return rows.map((row) => idRow.parse(row).id);
    },

    async rememberConversation(draftId, conversation, at) {
      await db.run(
        `INSERT INTO draft_conversations (draft_id, conversation_id, channel_id, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (draft_id) DO UPDATE SET conversation_id = excluded.conversation_id,
           channel_id = excluded.channel_id, updated_at = excluded.updated_at`,
        [draftId, conversation.conversationId, conversation.channelId, iso(at)],
      );
    },
    async lastConversation(draftId) {
      const rows = await db.all('SELECT conversation_id, channel_id, updated_at FROM draft_conversations WHERE draft_id = $1', [draftId]);
      return rows[0] === undefined ? undefined : conversationRow.parse(rows[0]);
    },

    async linkTeamsAccount(email, aadObjectId, at) {
      const rows = await db.all('SELECT id FROM key_workers WHERE email = $1', [email]);
      if (rows[0] === undefined) return false;
      const { id } = idRow.parse(rows[0]);
      await db.run(
        `INSERT INTO teams_key_workers (aad_object_id, key_worker_id, linked_at) VALUES ($1, $2, $3)
         ON CONFLICT (aad_object_id) DO UPDATE SET key_worker_id = excluded.key_worker_id, linked_at = excluded.linked_at`,
        [aadObjectId.toLowerCase(), id, iso(at)],
      );
      return true;
    },
    async unlinkTeamsAccount(aadObjectId) {
      return (await db.run('DELETE FROM teams_key_workers WHERE aad_object_id = $1', [aadObjectId.toLowerCase()])) > 0;
    },
    async keyWorkerForTeams(aadObjectId) {
      const rows = await db.all(
        `SELECT ${KEY_WORKER_COLUMNS.split(', ').map((c) => `k.${c}`).join(', ')}
         FROM teams_key_workers t JOIN key_workers k ON k.id = t.key_worker_id WHERE t.aad_object_id = $1`,
        [aadObjectId.toLowerCase()],
      );
      if (rows[0] === undefined) return undefined;
      const { passwordHash: _hidden, ...keyWorker } = keyWorkerRow.parse(rows[0]);
      return keyWorker;
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
        [conversationId, reference, iso(at)],
      );
    },
    async teamsReference(conversationId) {
      const rows = await db.all('SELECT reference FROM teams_conversations WHERE conversation_id = $1', [conversationId]);
      return rows[0] === undefined ? undefined : referenceRow.parse(rows[0]).reference;
    },
    async claimDraftCard(keyWorkerId, draftId, at) {
      const changed = await db.run(
        'INSERT INTO teams_draft_cards (key_worker_id, draft_id, sent_at) VALUES ($1, $2, $3) ON CONFLICT (key_worker_id, draft_id) DO NOTHING',
        [keyWorkerId, draftId, iso(at)],
      );
      return changed > 0;
    },

    close: () => db.close(),
  };
}

/** The key worker store on the bot's own database: SQLite under dataDir, or PostgreSQL when a URL is given. */
export async function openKeyWorkerStore(options: DatabaseOptions): Promise<KeyWorkerStore> {
  return keyWorkerStoreOn(await openSqlRunner(options));
}
