import { draftSchema } from '../domain/draft';
import { ErrorCode } from '../errors';
import { hashId } from '../log';
import { draftRow } from './rows';
import type { SqlRunner } from './sql';
import type { StoreLog } from './storeLog';
import { ParsedDrafts } from './parsedDrafts';
import type { DraftRow, DraftRowStore, DraftStore, DraftText, StoredDraft } from './types';

/** A stored draft that no longer matches the draft schema. The message names the draft, never its words. */
export class UnreadableDraftError extends Error {
  override name = 'UnreadableDraftError';
  constructor(
    readonly draftId: string,
    readonly issues: number,
  ) {
    super(`Stored draft ${draftId} does not match the draft schema (${issues} issues)`);
  }
}

function parsed(row: DraftRow): StoredDraft {
  const draft = draftSchema.safeParse(row.document);
  if (!draft.success) throw new UnreadableDraftError(row.id, draft.error.issues.length);
  return { id: row.id, version: row.version, draft: draft.data, updatedAt: row.updatedAt };
}

/** The stored JSON text of a draft as read by the journey: parsed and checked unless this process already has it so. */
function parsedText(row: DraftText, known: ParsedDrafts): StoredDraft {
  const draft = known.find(row.id, row.json);
  if (draft) return { id: row.id, version: row.version, draft, updatedAt: row.updatedAt };
  let document: unknown;
  try {
    document = JSON.parse(row.json);
  } catch {
    throw new UnreadableDraftError(row.id, 1);
  }
  const stored = parsed({ id: row.id, version: row.version, document, updatedAt: row.updatedAt });
  known.keep(row.id, row.json, stored.draft, false, { version: row.version, updatedAt: row.updatedAt });
  return stored;
}

/**
 * The drafts shared with a key worker: the draft's invitation code as the bot stored it
 * ("abcd-efgh" as typed), normalised like the invitations', names one of theirs, and the young
 * person said yes to sharing. Read from the draft's JSON by the database itself.
 */
function sharedDraftsSql(engine: SqlRunner['engine'], oneDraft: boolean): string {
  const code =
    engine === 'sqlite' ? `json_extract(d.json, '$.keyWorker.invitationCode')` : `(outcomes_jsonb(d.json) #>> '{keyWorker,invitationCode}')`;
  const shared =
    engine === 'sqlite' ? `json_extract(d.json, '$.keyWorker.shared') = 1` : `(outcomes_jsonb(d.json) #>> '{keyWorker,shared}') = 'true'`;
  return `SELECT d.id, d.version, d.json, d.updated_at FROM drafts d
    JOIN invitations i ON i.code = upper(replace(replace(${code}, '-', ''), ' ', ''))
    WHERE i.key_worker_id = $1 AND ${shared}${oneDraft ? ' AND d.id = $2' : ''}
    ORDER BY d.updated_at DESC, d.id`;
}

/**
 * Every draft read goes through here: parsed once with the domain's schema, with its version.
 * `known` holds the drafts this process last parsed or wrote (see parsedDrafts.ts).
 */
export function draftStore(rows: DraftRowStore, db: SqlRunner, log: StoreLog, known: ParsedDrafts = new ParsedDrafts()): DraftStore {
  const readable = (row: DraftRow): StoredDraft | undefined => {
    try {
      return parsed(row);
    } catch (error) {
      if (!(error instanceof UnreadableDraftError)) throw error;
      log.warn({ code: ErrorCode.draftInvalid, draft: hashId(row.id), issues: error.issues }, 'a shared draft does not match the draft schema');
      return undefined;
    }
  };
  const shared = async (keyWorkerId: string, draftId?: string): Promise<StoredDraft[]> => {
    const found = await db.all(sharedDraftsSql(db.engine, draftId !== undefined), draftId === undefined ? [keyWorkerId] : [keyWorkerId, draftId]);
    return found.map((row) => readable(draftRow.parse(row))).filter((draft) => draft !== undefined);
  };
  return {
    async get(id) {
      // A turn most often finds the save this process made or read last: its version is enough to know it.
      const stamp = rows.stamp ? await rows.stamp(id) : undefined;
      if (rows.stamp && stamp === undefined) return undefined;
      const kept = stamp && known.atStamp(id, stamp);
      if (kept) return { id, version: stamp.version, draft: kept, updatedAt: stamp.updatedAt };
      const row = await rows.get(id);
      return row === undefined ? undefined : parsedText(row, known);
    },
    save: (id, draft, expectedVersion, change) => rows.save(id, draft, expectedVersion, change),
    versions: (id) => rows.versions(id),
    documentAt: (id, version) => rows.documentAt(id, version),
    async delete(id) {
      known.forget(id);
      await rows.delete(id);
    },
    idleSince: (before) => rows.idleSince(before),
    sharedWith: (keyWorkerId) => shared(keyWorkerId),
    async getShared(keyWorkerId, draftId) {
      return (await shared(keyWorkerId, draftId))[0];
    },
    async readUnchecked(id) {
      const row = await rows.get(id);
      return row === undefined ? undefined : { id: row.id, version: row.version, document: JSON.parse(row.json) as unknown, updatedAt: row.updatedAt };
    },
  };
}
