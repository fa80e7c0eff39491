import { z } from 'zod';
import { keyWorkerColumns, keyWorkerOf, type KeyWorker } from './keyWorkers';
import { timestamp } from './rows';
import type { SqlRunner } from './sql';

/** A key worker's invitation code: a young person who types it shares their draft with that key worker. */
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

export interface InvitationStore {
  /** Returns false when the code is taken (the caller draws another). */
  createInvitation(invitation: Invitation): Promise<boolean>;
  listInvitations(keyWorkerId: string): Promise<Invitation[]>;
  findInvitation(code: string): Promise<Invitation | undefined>;
  /** Only the key worker's own code; false when there is no such code of theirs. */
  revokeInvitation(keyWorkerId: string, code: string, at: Date): Promise<boolean>;
  /** The key worker who made the code (normalised), disabled or not, whether or not it is still usable. */
  keyWorkerOfInvitation(code: string): Promise<KeyWorker | undefined>;
}

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

export function invitationStore(db: SqlRunner): InvitationStore {
  return {
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
      const changed = await db.run('UPDATE invitations SET revoked_at = $1 WHERE code = $2 AND key_worker_id = $3 AND revoked_at IS NULL', [
        at.toISOString(),
        code,
        keyWorkerId,
      ]);
      return changed > 0;
    },
    async keyWorkerOfInvitation(code) {
      const rows = await db.all(
        `SELECT ${keyWorkerColumns('k.')} FROM invitations i JOIN key_workers k ON k.id = i.key_worker_id WHERE i.code = $1`,
        [code],
      );
      return rows[0] === undefined ? undefined : keyWorkerOf(rows[0]);
    },
  };
}
