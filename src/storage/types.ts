import type { Storage, StoreItems } from 'botbuilder';
import type { Pool } from 'pg';
import type { ActivityListener } from './activityNotices';
import type { Draft } from '../domain/draft';
import type { ChatLinkStore } from './chatLinks';
import type { ConcernStore } from './concernStore';
import type { InvitationStore } from './invitations';
import type { KeyWorkerStore } from './keyWorkers';
import type { SqlRunner } from './sql';
import type { TeamsLinkStore } from './teamsLinks';

/** One Direct Line conversation as the local channel keeps it. */
export interface StoredConversation {
  id: string;
  /** The `from.id` the client chose (or the token's user), kept for the person's own activities. */
  userId?: string;
  createdAt: string;
}

export interface StoredActivity {
  /** Position of the activity in its conversation, starting at 1. The Direct Line watermark is its string form. */
  seq: number;
  activity: Record<string, unknown>;
}

/** Conversations and their activity log for the local Direct Line channel. Shared by every instance. */
export interface DirectLineStore {
  /** Creating a conversation that already exists changes nothing (the first user id stays). */
  createConversation(conversation: StoredConversation): Promise<void>;
  getConversation(id: string): Promise<StoredConversation | undefined>;
  /**
   * Appends in order and returns the sequence numbers given, atomically even with several instances:
   * unique, gap-free, consecutive within one call. Throws UnknownConversationError when the
   * conversation does not exist (never created, or deleted while a reply was on its way).
   */
  appendActivities(conversationId: string, activities: Record<string, unknown>[]): Promise<number[]>;
  /**
   * Calls the listener whenever activities are appended to the conversation, by this instance or by
   * any other sharing the database (PostgreSQL LISTEN/NOTIFY; with SQLite, every store in this
   * process on the same file). Returns the way to stop.
   */
  watch(conversationId: string, listener: ActivityListener): () => void;
  /** Activities with seq > afterSeq, oldest first. */
  listActivities(conversationId: string, afterSeq: number, limit?: number): Promise<StoredActivity[]>;
  /** How many activities the conversation has had (its latest sequence number; 0 when unknown). */
  activityCount(id: string): Promise<number>;
  /** Removes the conversation and every activity in it. */
  deleteConversation(id: string): Promise<void>;
  /**
   * Removes every activity so far but keeps the conversation and its counter ("delete my data"
   * in the chat): the reply saying so, and anything later, still reach the person's page.
   */
  clearActivities(id: string): Promise<void>;
  /** Conversations with nothing said since `before` (by activity timestamp, else creation): for the retention job. */
  idleConversations(before: Date): Promise<string[]>;
}

export interface DraftVersion {
  version: number;
  author: 'young_person' | 'key_worker' | 'system';
  summary: string;
  at: string;
}

/** A draft row as an engine keeps it: the document is JSON not yet checked against the draft schema. */
export interface DraftRow {
  id: string;
  version: number;
  document: unknown;
  updatedAt: string;
}

/** What a save wrote: the new version. */
export interface SavedDraft {
  id: string;
  version: number;
  updatedAt: string;
}

/** What both draft stores do the same way: a draft's history, deletion and idleness. */
interface DraftKeeping {
  versions(id: string): Promise<DraftVersion[]>;
  /** The whole document as it was at that version (versions are stored as changes); undefined when there is none. */
  documentAt(id: string, version: number): Promise<unknown>;
  /** Removes the draft and all its versions. */
  delete(id: string): Promise<void>;
  /** Drafts not changed since `before` (for the retention job). */
  idleSince(before: Date): Promise<string[]>;
}

/** Which save of a draft is stored: every save raises the version and sets the time. */
export interface DraftStamp {
  version: number;
  updatedAt: string;
}

/** A draft row with its document still the JSON text stored (src/storage/draftStore.ts parses it, or finds it parsed). */
export interface DraftText {
  id: string;
  version: number;
  json: string;
  updatedAt: string;
}

/** Drafts with every change kept as a version, as each engine stores them (src/storage/draftStore.ts reads them). */
export interface DraftRowStore extends DraftKeeping {
  get(id: string): Promise<DraftText | undefined>;
  /** Only the version and time of the stored draft, without its text (an engine that can read them alone). */
  stamp?(id: string): Promise<DraftStamp | undefined>;
  /**
   * Writes a new version. `expectedVersion` is the version the caller read (0 for a new draft);
   * a mismatch throws a ConflictError so no answer is silently overwritten.
   */
  save(id: string, document: unknown, expectedVersion: number, change: Omit<DraftVersion, 'version' | 'at'>): Promise<SavedDraft>;
}

/** A stored draft, parsed with the draft schema once, as it came out of the database, with its version. */
export interface StoredDraft {
  id: string;
  version: number;
  draft: Draft;
  updatedAt: string;
}

/** Drafts for everyone who reads or changes them: parsed once here, never by the caller. */
export interface DraftStore extends DraftKeeping {
  /** Throws UnreadableDraftError when what is stored no longer matches the draft schema. */
  get(id: string): Promise<StoredDraft | undefined>;
  /** Writes a new version; a ConflictError when `expectedVersion` is not the stored one (0 for a new draft). */
  save(id: string, draft: Draft, expectedVersion: number, change: Omit<DraftVersion, 'version' | 'at'>): Promise<SavedDraft>;
  /**
   * The drafts shared with this key worker, most recently changed first: the draft names one of
   * the key worker's invitation codes and the young person said yes to sharing. A draft that no
   * longer matches the schema is left out (and logged, without its words).
   */
  sharedWith(keyWorkerId: string): Promise<StoredDraft[]>;
  /** One draft, only while it is shared with this key worker; anything else is undefined. */
  getShared(keyWorkerId: string, draftId: string): Promise<StoredDraft | undefined>;
  /**
   * The stored JSON unchecked: only for the retention job, which must recognise a flagged draft
   * even when it was stored in an older shape.
   */
  readUnchecked(id: string): Promise<DraftRow | undefined>;
}

/** One new version of a draft, as a turn writes it. */
export interface DraftSave {
  id: string;
  document: unknown;
  /** The version this one builds on: the one read, or the one the turn's previous save of this draft made. */
  expectedVersion: number;
  change: Omit<DraftVersion, 'version' | 'at'>;
}

/** A draft save turned into the text stored, and the document that text reads back as (for the undo patch). */
export interface PreparedDraftSave extends DraftSave {
  json: string;
  stored: unknown;
  /**
   * The document this save most likely builds on, as this process last wrote it (text and the
   * document it reads back as): when the stored text is still this text, the undo patch is made
   * from it instead of parsing the stored text again.
   */
  previous?: { json: string; stored: unknown };
}

/** Everything a turn of the journey writes: its answers (draft versions) and its state items. */
export interface TurnWrites {
  /** Applied in order; several saves of one draft follow each other (version n, then n + 1...). */
  drafts: DraftSave[];
  /** botbuilder state items (the journey, the conversation's dialog stack...), as `Storage.write` takes them. */
  state: StoreItems;
}

/** What a turn's one write stored: each draft save's new version, and the eTag each state item now has. */
export interface TurnSaved {
  drafts: SavedDraft[];
  /** By state key: a reader that finds this eTag finds exactly the item written. */
  eTags: Record<string, string>;
}

/** Small named secrets shared by every instance (token signing keys). Created once, never changed. */
export interface SecretStore {
  getOrCreate(name: string, create: () => string): Promise<string>;
}

/**
 * botbuilder state storage that can also say which eTag an item is stored with, without reading the
 * item: a server holding the item it wrote last (dialogs/knownJourneys.ts) checks it is still
 * current for the price of one short row, instead of reading, parsing and checking it again.
 */
export interface StateStorage extends Storage {
  /** The eTag the item under `key` is stored with; undefined when there is none. */
  eTagOf(key: string): Promise<string | undefined>;
}

/** What every engine gives the same way, on its one SQLite connection or one PostgreSQL pool. */
interface OneDatabase {
  engine: 'sqlite' | 'postgres';
  /**
   * botbuilder state storage with eTag optimistic concurrency, as MemoryStorage: every write gets a
   * new eTag; a write carrying another eTag than the stored item's throws ConflictError (an eTag of
   * '*', or none, writes anyway; an item not stored yet is written whatever its eTag). One write
   * call is all or nothing.
   */
  state: StateStorage;
  directLine: DirectLineStore;
  /** With PostgreSQL, its pool: rate limit counters shared by every instance live there too. */
  postgresPool?: Pool;
  /**
   * After deleting a person's words: makes sure they are gone from the database's files, not only
   * unreachable. SQLite (secure_delete on) checkpoints and truncates its write-ahead log at once;
   * PostgreSQL vacuums the tables that hold words, in the background. See docs/PRIVACY.md.
   */
  purgeDeleted(): Promise<void>;
  /**
   * A turn's writes in one transaction, all or nothing: a ConflictError (a draft no longer at its
   * expected version, or a stale eTag) leaves everything as it was. Returns each draft save's new
   * version and each state item's new eTag.
   */
  writeTurn(writes: TurnWrites): Promise<TurnSaved>;
  /** Resolves when the database answers; used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What each engine builds; `createStores` adds the stores written once for both engines on top. */
export interface EngineStores extends Omit<OneDatabase, 'writeTurn'> {
  /** As Stores.writeTurn, with each draft already turned into text and checked (src/storage/index.ts). */
  writeTurn(writes: { drafts: PreparedDraftSave[]; state: StoreItems }): Promise<TurnSaved>;
  drafts: DraftRowStore;
  /** The same connection or pool, for the stores written once for both engines. */
  sql: SqlRunner;
}

/** Every store of the app, on one database connection or pool, with one set of migrations. */
export interface Stores extends OneDatabase {
  drafts: DraftStore;
  secrets: SecretStore;
  /** Key worker accounts, their sessions and failed sign-ins. */
  keyWorkers: KeyWorkerStore;
  invitations: InvitationStore;
  /** Where each draft's young person last chatted. */
  chatLinks: ChatLinkStore;
  teamsLinks: TeamsLinkStore;
  /** Safeguarding leads and the concerns that reach them. */
  concerns: ConcernStore;
}
