import { randomUUID } from 'node:crypto';
import type { StoreItems } from 'botbuilder';
import { z } from 'zod';
import { storageJson } from '../security/safeText';
import type { DraftRow, DraftStamp, DraftText, DraftVersion, StoredActivity, StoredConversation } from './types';

/*
 * What both engines read back from their tables, parsed once here. JSON is kept as text in both
 * engines: the bytes written are the bytes read, key order included.
 */

const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'stored JSON is not valid' });
    return z.NEVER;
  }
});
const jsonObject = z.record(z.string(), z.unknown());
const storedObject = jsonText.pipe(jsonObject);
/** SQLite keeps ISO strings, PostgreSQL gives Date objects; callers always get ISO strings. */
export const timestamp = z.union([z.date(), z.string()]).transform((value) => new Date(value).toISOString());
const count = z.coerce.number().int().nonnegative();
/** SQLite keeps 0 and 1, PostgreSQL booleans. */
export const flag = z.union([z.boolean(), z.number()]).transform(Boolean);
export const countRow = z.object({ n: count });

export const stateRow = z.object({ key: z.string(), json: storedObject, etag: z.string() });
/** A state item's eTag alone (or nothing, when no item is stored under the key). */
export const eTagValue = z.string().optional();

export const conversationRow = z
  .object({ id: z.string(), user_id: z.string().nullable(), created_at: timestamp })
  .transform((row): StoredConversation => ({ id: row.id, ...(row.user_id === null ? {} : { userId: row.user_id }), createdAt: row.created_at }));

export const activityRow = z
  .object({ seq: count, json: storedObject })
  .transform((row): StoredActivity => ({ seq: row.seq, activity: row.json }));

export const draftRow = z
  .object({ id: z.string(), version: count, json: jsonText, updated_at: timestamp })
  .transform((row): DraftRow => ({ id: row.id, version: row.version, document: row.json, updatedAt: row.updated_at }));

/** A draft row with its JSON left as text: src/storage/draftStore.ts parses it only when it is not the text it parsed last. */
export const draftTextRow = z
  .object({ id: z.string(), version: count, json: z.string(), updated_at: timestamp })
  .transform((row): DraftText => ({ id: row.id, version: row.version, json: row.json, updatedAt: row.updated_at }));

export const draftStampRow = z
  .object({ version: count, updated_at: timestamp })
  .transform((row): DraftStamp => ({ version: row.version, updatedAt: row.updated_at }));

/** The version and document a save builds on, read in the saving transaction. */
export const currentDraftRow = z.object({ version: count, json: jsonText });
/** The same with the document left as text, to compare with the text last written. */
export const currentDraftText = z.object({ version: count, json: z.string() });

export const draftAuthor = z.enum(['young_person', 'key_worker', 'system']);

export const draftVersionRow = z
  .object({ version: count, author: draftAuthor, summary: z.string(), at: timestamp })
  .transform((row): DraftVersion => ({ version: row.version, author: row.author, summary: row.summary, at: row.at }));

/** What a PostgreSQL save returns: the new version and, for an update, the document it replaced. */
export const savedDraftRow = z.object({ version: count, previous: jsonText.optional() });
export const seqRow = z.object({ last_seq: count });
export const idRow = z.object({ id: z.string() });
export const secretRow = z.object({ value: z.string() });

/** A state item as botbuilder hands it over: a JSON object, maybe carrying the eTag it was read with. */
const stateChange = z.looseObject({ eTag: z.string().optional() });

export interface StateWrite {
  key: string;
  json: string;
  /** The eTag the stored item must still have, or undefined to write unconditionally. */
  expectedETag: string | undefined;
  /** The eTag the item is stored with. */
  eTag: string;
}

/** Splits botbuilder's changes into rows; the eTag is never stored in the JSON (each read adds the current one). */
export function stateWrites(changes: StoreItems): StateWrite[] {
  if (!changes) throw new ReferenceError('Changes are required when writing.');
  return Object.entries(changes).map(([key, value]) => {
    const { eTag, ...item } = isStateChange(value) ? value : stateChange.parse(value);
    return { key, json: storageJson(item), expectedETag: eTag && eTag !== '*' ? eTag : undefined, eTag: newETag() };
  });
}

/** What stateChange accepts, checked without copying the item (the common case); anything else goes to the schema. */
function isStateChange(value: unknown): value is { eTag?: string } & Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const eTag = (value as { eTag?: unknown }).eTag;
  return eTag === undefined || typeof eTag === 'string';
}

export function stateItem(row: z.infer<typeof stateRow>): Record<string, unknown> {
  return { ...row.json, eTag: row.etag };
}

export function newETag(): string {
  return randomUUID();
}

/** The eTags a turn's state writes were stored with, by key. */
export function writtenETags(writes: readonly StateWrite[]): Record<string, string> {
  return Object.fromEntries(writes.map((write) => [write.key, write.eTag]));
}

/** The same words MemoryStorage uses, so logs and callers see one message whichever store is behind. */
export function staleETagMessage(key: string): string {
  return `Storage: error writing "${key}" due to eTag conflict.`;
}

/** JSON text of a draft document; `undefined` or a function cannot be stored and would lose the draft. */
export function documentJson(document: unknown): string {
  // NUL and lone surrogates never reach the database (see src/security/safeText.ts).
  const json = storageJson(document) as string | undefined;
  if (json === undefined) throw new TypeError('A draft document must be JSON');
  return json;
}

export function draftConflictMessage(id: string, expectedVersion: number): string {
  return `Draft ${id} is no longer at version ${expectedVersion}; read it again before saving`;
}

/** JSON text of an activity for the transcript, cleaned like every stored text. */
export function activityJson(activity: Record<string, unknown>): string {
  return storageJson(activity);
}
