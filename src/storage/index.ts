import { chatLinkStore } from './chatLinks';
import { concernStore } from './concernStore';
import { draftStore } from './draftStore';
import { ParsedDrafts, prepareDraftSaves } from './parsedDrafts';
import { invitationStore } from './invitations';
import { keyWorkerStore } from './keyWorkers';
import { secretStore } from './secrets';
import { createSqliteStores } from './sqliteStores';
import { silentLog, type StoreLog } from './storeLog';
import { teamsLinkStore } from './teamsLinks';
import type { EngineStores, Stores } from './types';

export type {
  DirectLineStore,
  DraftSave,
  DraftStore,
  DraftVersion,
  SavedDraft,
  SecretStore,
  StoredActivity,
  StoredConversation,
  StoredDraft,
  Stores,
  TurnSaved,
  TurnWrites,
} from './types';
export type { ChatLinkStore, DraftConversation } from './chatLinks';
export type { ConcernStore, SafeguardingLead } from './concernStore';
export { invitationUsable, type Invitation, type InvitationStore } from './invitations';
export type { KeyWorker, KeyWorkerStore, KeyWorkerWithPassword, ReviewSession } from './keyWorkers';
export type { TeamsLinkStore } from './teamsLinks';
export { ConflictError, UnknownConversationError } from './errors';
export { UnreadableDraftError } from './draftStore';

export interface StoreOptions {
  /** Folder for the embedded SQLite file (created if missing). */
  dataDir: string;
  /** A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema to keep every table in (created if missing); tests use one each. */
  pgSchema?: string;
  log?: StoreLog;
}

/**
 * SQLite under dataDir by default; PostgreSQL when a database URL is given. Migrations run before
 * this resolves. Every store shares the engine's one connection (SQLite) or pool (PostgreSQL).
 */
export async function createStores(options: StoreOptions): Promise<Stores> {
  const log = options.log ?? silentLog;
  // PostgreSQL's client is loaded only when it is used, so a SQLite start does not wait for it.
  const engine = options.databaseUrl
    ? await (await import('./postgresStores.js')).createPostgresStores({ databaseUrl: options.databaseUrl, schema: options.pgSchema, log })
    : createSqliteStores(options.dataDir, log);
  return onEngine(engine, log);
}

function onEngine(engine: EngineStores, log: StoreLog): Stores {
  const { sql, drafts, writeTurn, ...rest } = engine;
  const known = new ParsedDrafts();
  return {
    ...rest,
    async writeTurn(writes) {
      const { prepared, checked } = prepareDraftSaves(writes.drafts, known);
      const saved = await writeTurn.call(engine, { drafts: prepared, state: writes.state });
      // What was written is what the next read of these drafts will find.
      const stamps = new Map(saved.drafts.map((draft) => [draft.id, { version: draft.version, updatedAt: draft.updatedAt }]));
      for (const [id, { json, draft }] of checked) known.keep(id, json, draft, true, stamps.get(id));
      return saved;
    },
    drafts: draftStore(drafts, sql, log, known),
    secrets: secretStore(sql),
    keyWorkers: keyWorkerStore(sql),
    invitations: invitationStore(sql),
    chatLinks: chatLinkStore(sql),
    teamsLinks: teamsLinkStore(sql),
    concerns: concernStore(sql),
  };
}
