import { randomUUID } from 'node:crypto';
import type { StoreItems } from 'botbuilder';
import { createDraft, draftSchema, touch, type Draft } from '../src/domain/draft';
import { isAdult } from '../src/domain/lifeStage';
import type { ReadingMode } from '../src/domain/readingMode';
import type { Translate, Words as ContentWords } from '../src/i18n';
import { ConflictError, InvalidDraftError } from '../src/errors';
import { forAnAdult } from './forAnAdult';
import { forASupporter } from './forASupporter';
import { newJourney, type Journey } from './journey';
import { readJourney } from './knownJourneys';
import type { ResumeCodeBook, SessionServices, Speaker, TurnDraftSave } from './sessionContracts';
import { journeyKey, writeTurnOnce } from './sessionWrite';
import { itemIdsOf } from './draftItemIds';

export { sessionIn, sessionOf, setSession } from './sessionInTurn';
export type { DraftForgetter, JourneyDrafts, ResumeCodeBook, SessionServices, Speaker, TurnDraftSave, TurnWriter } from './sessionContracts';

/** Saves tried before a conflict is reported: each retry re-reads the newest version. */
const SAVE_ATTEMPTS = 3;

/** A change to the draft made during the turn and not yet stored. */
interface PendingChange {
  summary: string;
  change: (draft: Draft) => Draft;
  /** The draft this change made. */
  document: Draft;
}

/**
 * One person's journey and draft for the length of a turn. What the turn changes (answers, the
 * journey, and at the end the conversation's dialog stack) is kept here and written in one
 * transaction by `flush`, which the bot runs before any reply leaves, so an answer once given is
 * never lost.
 */
export class JourneySession {
  private journeyDirty = false;
  /** Ids of draft items added during this turn, so the answered question can be remembered. */
  private added: string[] = [];
  /** The stored version the draft in hand builds on. */
  private draftVersion = 0;
  private draftCache: Draft | undefined;
  /** Changes to the draft since it was last stored, in order. */
  private pending: PendingChange[] = [];
  /** Safeguarding flags added during this turn that no concern has been raised for yet. */
  private newFlags: Draft['flags'] = [];
  speaker: Speaker = { inTeams: false };
  /** Counts changes to the draft (or a switch to another) and to notes questions are worded from, so what was built from them is built again. */
  private draftChanges = 0;
  readonly services: SessionServices;

  private constructor(
    services: SessionServices,
    private state: Journey,
  ) {
    // A key worker told of a draft reads the stored one: the turn's changes are stored first.
    const tellKeyWorker = services.draftSentToKeyWorker;
    this.services = tellKeyWorker
      ? {
          ...services,
          draftSentToKeyWorker: async (draft, event) => {
            await this.flush();
            await tellKeyWorker(draft, event);
          },
        }
      : services;
  }

  static async load(services: SessionServices, draftId: string | undefined): Promise<JourneySession> {
    const id = draftId ?? randomUUID();
    const stored = await readJourney(services.storage, journeyKey(id), services.journeys);
    const session = new JourneySession(services, stored ?? newJourney(id));
    // Read at the start, so every sentence of the turn can fit the young person's age.
    if (stored) await session.draft();
    return session;
  }

  get journey(): Journey {
    return this.state;
  }

  get draftId(): string {
    return this.state.draftId;
  }

  get mode(): ReadingMode {
    return this.state.mode;
  }

  /** Goes up with every change to the draft this session holds, or to a note a question reads; equal revisions mean the same questions. */
  get revision(): number {
    return this.draftChanges;
  }

  /** A journey note a question is worded from changed (a hard thing no longer to offer): questions built this turn are built again. */
  noteChanged(): void { this.draftChanges += 1; }

  get resumeCodes(): ResumeCodeBook {
    return this.services.resumeCodes;
  }

  get words(): ContentWords {
    return this.services.words;
  }

  /** The turn's translator: the person's reading mode, and words for an adult when the young person is 18 or over. */
  get t(): Translate {
    const t = this.services.words.forMode(this.state.mode);
    const person = this.draftCache?.youngPerson;
    // A supporter's words first; for a young adult, the words for adults win where both have a twin.
    const said = person?.who === 'supporter' ? forASupporter(t) : t;
    return isAdult(person) ? forAnAdult(said) : said;
  }

  get today(): Date {
    return this.services.now();
  }

  /**
   * Changes the journey (position, reading mode, consent...). It is written by `flush`, which the
   * bot runs before anything is sent, so the stored journey never lags behind what the person sees.
   */
  async updateJourney(change: (journey: Journey) => Journey): Promise<void> {
    // Typed in, typed out: the journey is parsed where it comes from storage, not on every change.
    this.state = change(this.state);
    this.journeyDirty = true;
  }

  /**
   * Stores what the turn changed, with `state` (the conversation's dialog stack) when given, in one
   * transaction. When someone else saved the draft first (a key worker's comment, another tab), the
   * turn's changes are applied again to their version: operations are pure, so nothing either
   * side wrote is lost.
   */
  async flush(state: StoreItems = {}): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.writeOnce(state);
        return;
      } catch (error) {
        // A change that broke the draft is not kept: the turn fails as a whole, nothing of it written.
        if (error instanceof InvalidDraftError) this.dropPending();
        if (!(error instanceof ConflictError) || attempt >= SAVE_ATTEMPTS || this.pending.length === 0) throw error;
        await this.reapplyPending();
      }
    }
  }

  private async writeOnce(state: StoreItems): Promise<void> {
    const items: StoreItems = this.journeyDirty ? { ...state, [journeyKey(this.state.draftId)]: { ...this.state, eTag: '*' } } : state;
    const drafts = this.pending.map(
      (p, i): TurnDraftSave => ({ id: this.state.draftId, document: p.document, expectedVersion: this.draftVersion + i, change: { author: 'young_person', summary: p.summary } }),
    );
    if (drafts.length === 0 && Object.keys(items).length === 0) return;
    const version = await writeTurnOnce(this.services, this.state.draftId, { drafts, items, journey: this.state, journeyChanged: this.journeyDirty });
    this.journeyDirty = false;
    this.pending = [];
    this.draftVersion = version ?? this.draftVersion;
  }

  private dropPending(): void {
    this.pending = [];
    this.draftCache = undefined;
    this.draftChanges += 1;
  }

  /** The turn's changes again, on the draft as someone else stored it. */
  private async reapplyPending(): Promise<void> {
    const changes = this.pending;
    this.pending = [];
    this.draftCache = undefined;
    this.draftChanges += 1;
    for (const { summary, change } of changes) await this.applyChange(summary, change);
  }

  async draft(): Promise<Draft | undefined> {
    if (this.draftCache) return this.draftCache;
    const stored = await this.services.drafts.get(this.state.draftId);
    this.draftVersion = stored?.version ?? 0;
    if (!stored) return undefined;
    this.draftCache = stored.draft;
    return this.draftCache;
  }

  /**
   * Applies one change to the draft. It is stored with the rest of the turn (`flush`), before any
   * reply leaves; until then every read in the turn sees it.
   */
  async updateDraft(summary: string, change: (draft: Draft) => Draft): Promise<Draft> {
    const { current, next } = await this.applyChange(summary, change);
    if (next.flags.length > current.flags.length) this.newFlags.push(...next.flags.slice(current.flags.length));
    const before = itemIdsOf(current);
    this.added.push(...[...itemIdsOf(next)].filter((id) => !before.has(id)));
    return next;
  }

  private async applyChange(summary: string, change: (draft: Draft) => Draft): Promise<{ current: Draft; next: Draft }> {
    const now = this.services.now();
    const current = (await this.draft()) ?? createDraft({ id: this.state.draftId, now, readingMode: this.state.mode });
    // Checked against the draft schema once a turn, where it is stored (src/storage), not on every change.
    const next = touch(change(current), now);
    this.pending.push({ summary, change, document: next });
    this.draftCache = next;
    this.draftChanges += 1;
    return { current, next };
  }

  /** Flags added since the last call, for the safeguarding leads; each is handed out once. */
  takeNewFlags(): Draft['flags'] {
    const flags = this.newFlags;
    this.newFlags = [];
    return flags;
  }

  /** Draft items added since the last call (the answer to the open question). */
  takeAdded(): string[] {
    const added = this.added;
    this.added = [];
    return added;
  }

  /** Switches this conversation to another stored journey (after a valid resume code). */
  async switchTo(draftId: string): Promise<void> {
    await this.flush();
    const other = await JourneySession.load(this.services, draftId);
    this.state = other.state;
    this.draftCache = undefined;
    this.draftVersion = 0;
    this.draftChanges += 1;
  }

  /**
   * "Delete my data": the draft with all its versions, the journey and its resume code, through the
   * one way drafts are forgotten (a flagged draft leaves a note without words). Wrong resume code
   * tries still count.
   */
  async deleteEverything(): Promise<void> {
    const { resumeAttempts, resumeLockedUntil } = this.state;
    const draft = await this.draft();
    // What this turn changed goes with the rest; the facts kept for a flagged draft include it.
    this.pending = [];
    await this.services.forgetting.forget(this.state.draftId, { facts: draft, at: this.services.now(), resumeKey: this.state.resumeKey });
    this.services.journeys?.forget(journeyKey(this.state.draftId));
    this.draftCache = undefined;
    this.draftVersion = 0;
    this.draftChanges += 1;
    this.journeyDirty = false;
    this.state = { ...newJourney(randomUUID()), resumeAttempts, ...(resumeLockedUntil ? { resumeLockedUntil } : {}) };
    if (resumeAttempts > 0 || resumeLockedUntil) this.journeyDirty = true;
  }

  /**
   * The same draft begun afresh: every earlier version is deleted (not only hidden behind a new
   * one), and `fresh` is stored as its first version.
   */
  async restartDraft(fresh: Draft): Promise<void> {
    const draft = draftSchema.parse({ ...fresh, id: this.state.draftId });
    // Earlier versions, this turn's included, are gone: only the fresh one is kept.
    this.pending = [];
    const saved = await this.services.forgetting.startAfresh(draft);
    this.draftVersion = saved.version;
    this.draftCache = draft;
    this.draftChanges += 1;
  }

  /** Clears the transcript of every conversation this journey was carried on in, and this one. */
  async forgetTranscripts(currentConversationId: string): Promise<void> {
    const forget = this.services.forgetConversation;
    if (!forget) return;
    for (const id of new Set([...this.state.conversations, currentConversationId])) await forget(id);
  }
}
