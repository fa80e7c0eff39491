import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { countRow, flag, timestamp } from './rows';
import type { SqlRunner } from './sql';

/*
 * Key worker accounts for the review site, their sessions and failed sign-ins (for throttling).
 * Sessions are stored by the hash of their id, so a copy of the database cannot be used to sign in.
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

export interface KeyWorkerStore {
  /** Returns undefined when the email is already taken. */
  addKeyWorker(account: { email: string; name: string; passwordHash: string }, now: Date): Promise<KeyWorker | undefined>;
  findKeyWorkerByEmail(email: string): Promise<KeyWorkerWithPassword | undefined>;
  findKeyWorker(id: string): Promise<KeyWorker | undefined>;
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
}

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

/** The account without its password hash: only sign-in ever needs that. */
export function keyWorkerOf(row: unknown): KeyWorker {
  const { passwordHash: _hidden, ...keyWorker } = keyWorkerRow.parse(row);
  return keyWorker;
}

const sessionRow = z.object({ csrf_token: z.string(), expires_at: timestamp });

/** The columns of a key worker row, each prefixed (`k.`) when read through a join. */
export const keyWorkerColumns = (prefix = ''): string =>
  ['id', 'email', 'name', 'password_hash', 'disabled', 'created_at'].map((column) => `${prefix}${column}`).join(', ');

const iso = (date: Date) => date.toISOString();

export function keyWorkerStore(db: SqlRunner): KeyWorkerStore {
  return {
    async addKeyWorker(account, now) {
      const id = randomUUID();
      const changed = await db.run(
        `INSERT INTO key_workers (id, email, name, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING`,
        [id, account.email, account.name, account.passwordHash, db.bool(false), iso(now)],
      );
      if (changed === 0) return undefined;
      return { id, email: account.email, name: account.name, disabled: false, createdAt: iso(now) };
    },
    async findKeyWorkerByEmail(email) {
      const rows = await db.all(`SELECT ${keyWorkerColumns()} FROM key_workers WHERE email = $1`, [email]);
      return rows[0] === undefined ? undefined : keyWorkerRow.parse(rows[0]);
    },
    async findKeyWorker(id) {
      const rows = await db.all(`SELECT ${keyWorkerColumns()} FROM key_workers WHERE id = $1`, [id]);
      return rows[0] === undefined ? undefined : keyWorkerOf(rows[0]);
    },
    async listKeyWorkers() {
      const rows = await db.all(`SELECT ${keyWorkerColumns()} FROM key_workers ORDER BY email`);
      return rows.map(keyWorkerOf);
    },
    async setDisabled(email, disabled) {
      const changed = await db.run('UPDATE key_workers SET disabled = $1 WHERE email = $2', [db.bool(disabled), email]);
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
        `SELECT s.csrf_token, s.expires_at, ${keyWorkerColumns('k.')}
         FROM key_worker_sessions s JOIN key_workers k ON k.id = s.key_worker_id
         WHERE s.id_hash = $1 AND s.expires_at > $2`,
        [idHash, iso(now)],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      const session = sessionRow.parse(row);
      const keyWorker = keyWorkerOf(row);
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
  };
}
