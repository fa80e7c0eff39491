import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { generateResumeCode, hashResumeCode, normaliseResumeCode } from '../domain/resumeCode';

const entrySchema = z.object({ draftId: z.string().min(1), createdAt: z.string() });

const keyOf = (hash: string) => `resume/${hash}`;

/** Wrong codes allowed in a row before further tries wait. */
export const RESUME_ATTEMPTS = 5;
export const RESUME_LOCK_MINUTES = 10;

/** Resume codes, stored only as keyed hashes: the code itself is never kept. */
export class ResumeCodes {
  constructor(
    private readonly storage: Storage,
    private readonly pepper: string,
  ) {}

  async issue(draftId: string, now: Date): Promise<{ code: string; key: string }> {
    const code = generateResumeCode();
    const key = keyOf(hashResumeCode(code, this.pepper));
    await this.storage.write({ [key]: { draftId, createdAt: now.toISOString(), eTag: '*' } });
    return { code, key };
  }

  /** The draft a typed code opens, if it is one of ours. */
  async find(typed: string): Promise<string | undefined> {
    const code = normaliseResumeCode(typed);
    if (!code) return undefined;
    const key = keyOf(hashResumeCode(code, this.pepper));
    const items = await this.storage.read([key]);
    const entry = entrySchema.safeParse(items[key]);
    return entry.success ? entry.data.draftId : undefined;
  }

  async forget(key: string | undefined): Promise<void> {
    if (key) await this.storage.delete([key]);
  }
}
