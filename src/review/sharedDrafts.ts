import { draftSchema, type Draft } from '../domain/draft';
import { hashId } from '../log';
import type { ReviewContext } from './context';

export interface SharedDraft {
  draft: Draft;
  version: number;
}

/**
 * The draft, only when it is shared with this key worker. Anything else (no such draft, someone
 * else's, not shared, unreadable) is the same "not found", so a draft id reveals nothing.
 */
export async function loadSharedDraft(ctx: ReviewContext, keyWorkerId: string, draftId: string): Promise<SharedDraft | undefined> {
  const shared = await (await ctx.store()).sharedDraftIds(keyWorkerId);
  if (!shared.includes(draftId)) return undefined;
  const stored = await ctx.drafts.get(draftId);
  if (!stored) return undefined;
  const parsed = draftSchema.safeParse(stored.document);
  if (!parsed.success) {
    ctx.log.warn({ draft: hashId(draftId) }, 'a shared draft does not match the draft schema');
    return undefined;
  }
  return { draft: parsed.data, version: stored.version };
}

export async function listSharedDrafts(ctx: ReviewContext, keyWorkerId: string): Promise<SharedDraft[]> {
  const ids = await (await ctx.store()).sharedDraftIds(keyWorkerId);
  const drafts: SharedDraft[] = [];
  for (const id of ids) {
    const stored = await ctx.drafts.get(id);
    const parsed = stored ? draftSchema.safeParse(stored.document) : undefined;
    if (stored && parsed?.success) drafts.push({ draft: parsed.data, version: stored.version });
  }
  return drafts;
}
