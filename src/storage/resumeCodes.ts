import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { generateResumeCode, hashResumeCode, normaliseResumeCode } from '../domain/resumeCode';
import { ConflictError } from './errors';

const entrySchema = z.object({ draftId: z.string().min(1), createdAt: z.string(), usedIn: z.string().optional() });

const keyOf = (hash: string) => `resume/${hash}`;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Resume codes, stored only as keyed hashes: the code itself is never kept. A code lasts as long
 * as an idle draft is kept (`ttlDays`, RETENTION_DAYS), and opens the draft in one conversation
 * only: the first that uses it (typing it again there still works; anywhere else it is spent).
 * "stop" gives a new code each time.
 */
export class ResumeCodes {
  constructor(
    private readonly storage: Storage,
    private readonly pepper: string,
    private readonly ttlDays = 180,
  ) {}

  async issue(draftId: string, now: Date): Promise<{ code: string; key: string }> {
    const code = generateResumeCode();
    const key = keyOf(hashResumeCode(code, this.pepper));
    await this.storage.write({ [key]: { draftId, createdAt: now.toISOString(), eTag: '*' } });
    return { code, key };
  }

  /**
   * The draft a typed code opens, if it is one of ours, not expired, and not already used in
   * another conversation. Using it marks it spent for every other conversation.
   */
  async find(typed: string, use?: { conversationId: string; now: Date }): Promise<string | undefined> {
    const code = normaliseResumeCode(typed);
    if (!code) return undefined;
    const key = keyOf(hashResumeCode(code, this.pepper));
    const items = await this.storage.read([key]);
    const stored = items[key] as (Record<string, unknown> & { eTag?: string }) | undefined;
    const entry = entrySchema.safeParse(stored);
    if (!entry.success) return undefined;
    if (!use) return entry.data.draftId;
    if (use.now.getTime() - new Date(entry.data.createdAt).getTime() > this.ttlDays * DAY_MS) return undefined;
    if (entry.data.usedIn !== undefined) return entry.data.usedIn === use.conversationId ? entry.data.draftId : undefined;
    try {
      // The eTag makes two conversations typing the same code at once end with one winner.
      await this.storage.write({ [key]: { ...entry.data, usedIn: use.conversationId, eTag: stored?.eTag ?? '*' } });
    } catch (error) {
      if (error instanceof ConflictError || (error instanceof Error && /eTag/i.test(error.message))) return undefined;
      throw error;
    }
    return entry.data.draftId;
  }

  async forget(key: string | undefined): Promise<void> {
    if (key) await this.storage.delete([key]);
  }
}
