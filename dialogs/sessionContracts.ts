import type { Storage, StoreItems } from 'botbuilder';
import type { Draft } from '../src/domain/draft';
import type { Words as ContentWords } from '../src/i18n';
import type { SafeguardingService } from '../src/safeguarding/service';
import type { KnownJourneys } from './knownJourneys';

/*
 * What a journey session is given (bots/sessionServices.ts wires the real ones; tests pass fakes),
 * and who is talking. The session itself is in session.ts.
 */

/** The drafts a journey reads and writes, every change a new version (kept by src/storage, parsed there). */
export interface JourneyDrafts {
  get(id: string): Promise<{ version: number; draft: Draft } | undefined>;
  /** Throws ConflictError when `expectedVersion` is not the stored one. */
  save(id: string, draft: Draft, expectedVersion: number, change: { author: 'young_person'; summary: string }): Promise<{ version: number }>;
}

/** A new version of the journey's draft, as the turn's one write carries it. */
export interface TurnDraftSave {
  id: string;
  document: Draft;
  expectedVersion: number;
  change: { author: 'young_person'; summary: string };
}

/**
 * Writes a turn's draft versions and state items in one transaction, all or nothing (src/storage's
 * Stores.writeTurn); a ConflictError when the draft is no longer at the expected version.
 */
export type TurnWriter = (writes: {
  drafts: TurnDraftSave[];
  state: StoreItems;
}) => Promise<{ drafts: Array<{ version: number }>; eTags: Record<string, string> }>;

/** Forgetting a draft, the one way "delete my data", "start again" and the retention job share (src/retention/forgetDraft.ts). */
export interface DraftForgetter {
  /** The draft with every version, its journey and its resume code; a flagged draft leaves a note without words. */
  forget(draftId: string, options: { facts?: Draft; at: Date; resumeKey?: string }): Promise<unknown>;
  /** Every earlier version of the draft is deleted (not only hidden), and `fresh` is its first. */
  startAfresh(fresh: Draft): Promise<{ version: number }>;
}

/** Resume codes as the journey uses them (kept only as keyed hashes by src/storage). */
export interface ResumeCodeBook {
  issue(draftId: string, now: Date): Promise<{ code: string; key: string }>;
  /** The draft a typed code opens; using it in a conversation spends it for every other. */
  find(typed: string, use?: { conversationId: string; now: Date }): Promise<string | undefined>;
  forget(key: string | undefined): Promise<void>;
}

export interface SessionServices {
  storage: Storage;
  drafts: JourneyDrafts;
  /** A turn's writes in one transaction; without it the draft and the state are written one after the other. */
  writeTurn?: TurnWriter;
  /** The journeys this process last wrote or read, so an unchanged one is not checked again. */
  journeys?: KnownJourneys;
  words: ContentWords;
  /** Today's date; a function so tests can fix the clock. */
  now: () => Date;
  resumeCodes: ResumeCodeBook;
  /** Days an unfinished draft is kept with no use (RETENTION_DAYS), said when someone asks how long answers are kept. */
  retentionDays?: number;
  /** Removes what a channel kept of a conversation (its transcript), for "delete my data". */
  forgetConversation?: (conversationId: string) => Promise<void>;
  /** Whether a key worker's invitation code exists (typed as the person typed it). */
  invitationExists?: (code: string) => Promise<boolean>;
  /** Records where a draft's young person chats, so a key worker's comment can reach them. */
  rememberConversation?: (draftId: string, conversation: { conversationId: string; channelId: string }) => Promise<void>;
  /** After deleting words: makes sure they are gone from the database files too (see Stores.purgeDeleted). */
  purgeDeleted?: () => Promise<void>;
  /** Absolute links to the person's own copies of their draft. */
  downloadsFor?: (draft: Draft) => Promise<{ json: string; html: string; docx: string }>;
  /** Tells the key worker (email, Teams) that the draft was shared with them or sent back; never throws. */
  draftSentToKeyWorker?: (draft: Draft, event: 'shared' | 'resubmitted') => Promise<void>;
  /** Forgets a draft ("delete my data", "start again"), leaving a note without words when it was flagged. */
  forgetting: DraftForgetter;
  /** The service's safeguarding leads: every possible disclosure is recorded for them. */
  safeguarding?: SafeguardingService;
  /** For failures the person should not see; never given what they typed. */
  log?: { error(obj: object, msg?: string): void };
}

/** Who is talking, as the channel says; the bot sets it at the start of each turn. */
export interface Speaker {
  /** The chat is in Microsoft Teams, where the person is signed in to their school's account. */
  inTeams: boolean;
  /** The signed-in Teams account, in a one-to-one chat with the bot. */
  teamsUser?: { tenantId: string; aadObjectId: string };
}
