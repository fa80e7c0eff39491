import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Draft } from '../domain/draft';
import { ConflictError } from '../storage/errors';
import { ageFrom, noteKeepUntil } from './policy';

/**
 * What is left of a flagged draft once its words are deleted: that there was a worry, of what
 * kind, when, and at which question. Never the young person's words, name or age.
 */
export const safeguardingNoteSchema = z.object({
  kind: z.literal('safeguarding-note'),
  draftId: z.string().min(1),
  flags: z.array(z.object({ kind: z.literal('safeguarding'), category: z.string().min(1), at: z.string(), step: z.string() })).min(1),
  /** The key worker's invitation code, when the young person gave one: who can follow it up. */
  invitationCode: z.string().min(1).optional(),
  draftDeletedAt: z.string(),
  keepUntil: z.string(),
});
export type SafeguardingNote = z.infer<typeof safeguardingNoteSchema>;

const indexSchema = z.object({ entries: z.array(z.object({ draftId: z.string().min(1), keepUntil: z.string() })) });
type NoteIndex = z.infer<typeof indexSchema>;

/** botbuilder Storage cannot list its keys, so the notes are listed in one index item. */
const INDEX_KEY = 'safeguarding-notes/index';
export const noteKey = (draftId: string): string => `safeguarding-note/${draftId}`;
const WRITE_ATTEMPTS = 5;

/** Safeguarding notes kept in the bot's state storage, shared by every instance. */
export class SafeguardingNotes {
  constructor(private readonly storage: Storage) {}

  async keep(note: SafeguardingNote): Promise<void> {
    const checked = safeguardingNoteSchema.parse(note);
    await this.storage.write({ [noteKey(checked.draftId)]: { ...checked, eTag: '*' } });
    await this.changeIndex((index) => ({
      entries: [...index.entries.filter((e) => e.draftId !== checked.draftId), { draftId: checked.draftId, keepUntil: checked.keepUntil }],
    }));
  }

  async get(draftId: string): Promise<SafeguardingNote | undefined> {
    const items = await this.storage.read([noteKey(draftId)]);
    const parsed = safeguardingNoteSchema.safeParse(items[noteKey(draftId)]);
    return parsed.success ? parsed.data : undefined;
  }

  /** Deletes the notes whose time is up; returns how many went. */
  async deleteExpired(now: Date): Promise<number> {
    const { entries } = await this.readIndex();
    const expired = entries.filter((e) => new Date(e.keepUntil).getTime() <= now.getTime()).map((e) => e.draftId);
    if (expired.length === 0) return 0;
    await this.storage.delete(expired.map(noteKey));
    const gone = new Set(expired);
    await this.changeIndex((index) => ({ entries: index.entries.filter((e) => !gone.has(e.draftId)) }));
    return expired.length;
  }

  private async readIndex(): Promise<NoteIndex & { eTag?: string }> {
    const items = await this.storage.read([INDEX_KEY]);
    const raw = items[INDEX_KEY] as (Record<string, unknown> & { eTag?: string }) | undefined;
    const parsed = indexSchema.safeParse(raw);
    return { entries: parsed.success ? parsed.data.entries : [], eTag: raw?.eTag };
  }

  /** Read, change, write with the read eTag; another instance writing meanwhile means try again. */
  private async changeIndex(change: (index: NoteIndex) => NoteIndex): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.readIndex();
      try {
        await this.storage.write({ [INDEX_KEY]: { ...change(current), eTag: current.eTag ?? '*' } });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
      }
    }
  }
}
