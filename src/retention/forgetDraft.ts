import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Draft } from '../domain/draft';
import type { DraftStore, SavedDraft } from '../storage';
import { ageFrom, noteKeepUntil } from './policy';
import { SafeguardingNotes } from './safeguardingNotes';

/**
 * What forgetting a draft decides on, read leniently: a draft stored by an older version must
 * still be recognised as flagged, never deleted as if it were not.
 */
export const draftFactsSchema = z.looseObject({
  status: z.string().optional(),
  youngPerson: z.looseObject({ age: z.number().optional(), schoolYear: z.number().optional() }).optional(),
  flags: z
    .array(z.looseObject({ category: z.string().optional(), at: z.string().optional(), step: z.string().optional() }))
    .optional(),
  keyWorker: z.looseObject({ invitationCode: z.string().optional() }).optional(),
});
export type DraftFacts = z.infer<typeof draftFactsSchema>;

const journeyKey = (draftId: string) => `journey/${draftId}`;
const journeyFieldsSchema = z.looseObject({ resumeKey: z.string().min(1).optional() });

function validTime(value: string | undefined): string | undefined {
  return value !== undefined && Number.isFinite(new Date(value).getTime()) ? value : undefined;
}

/** The draft's flags as a note keeps them; a flag that does not say when (an older draft) is dated `flagsFrom`. */
export function flagsOf(facts: DraftFacts | undefined, flagsFrom: string) {
  return (facts?.flags ?? []).map((flag) => ({
    kind: 'safeguarding' as const,
    category: flag.category || 'unspecified',
    at: validTime(flag.at) ?? flagsFrom,
    step: flag.step ?? 'unknown',
  }));
}

/** When the latest flag was raised, or undefined for a draft without flags. */
export function latestFlag(flags: readonly { at: string }[]): Date | undefined {
  return flags.length === 0 ? undefined : new Date(Math.max(...flags.map((flag) => new Date(flag.at).getTime())));
}

/**
 * Forgetting a draft, the same way for "delete my data", "start again" and the retention job
 * (docs/PRIVACY.md). What the channel kept of the conversation, and making sure the words are gone
 * from the database files (Stores.purgeDeleted), are the caller's: they differ between the three.
 */
export class DraftForgetting {
  private readonly notes: SafeguardingNotes;

  constructor(private readonly deps: { drafts: Pick<DraftStore, 'delete' | 'save'>; state: Storage }) {
    this.notes = new SafeguardingNotes(deps.state);
  }

  /**
   * The draft with every version, its journey and the resume code that opens it. A flagged draft
   * leaves a safeguarding note without its words, kept as the privacy notice says.
   * `flagsFrom`: when a flag does not say when it was raised (an older draft), this time is used.
   */
  async forget(draftId: string, options: { facts?: DraftFacts; at: Date; resumeKey?: string; flagsFrom?: string }): Promise<{ noteKept: boolean }> {
    const noteKept = await this.keepNote(draftId, options.facts, options.at, options.flagsFrom ?? options.at.toISOString());
    const items = await this.deps.state.read([journeyKey(draftId)]);
    const journey = journeyFieldsSchema.safeParse(items[journeyKey(draftId)]);
    const resumeKeys = new Set([options.resumeKey, journey.success ? journey.data.resumeKey : undefined].filter((key) => key !== undefined));
    await this.deps.state.delete([journeyKey(draftId), ...resumeKeys]);
    await this.deps.drafts.delete(draftId);
    return { noteKept };
  }

  /** "Start again": every earlier version of the draft is deleted (not only hidden), and `fresh` is its first. */
  async startAfresh(fresh: Draft): Promise<SavedDraft> {
    await this.deps.drafts.delete(fresh.id);
    return this.deps.drafts.save(fresh.id, fresh, 0, { author: 'young_person', summary: 'started again' });
  }

  private async keepNote(draftId: string, facts: DraftFacts | undefined, at: Date, flagsFrom: string): Promise<boolean> {
    const flags = flagsOf(facts, flagsFrom);
    const latest = latestFlag(flags);
    if (!latest) return false;
    await this.notes.keep({
      kind: 'safeguarding-note',
      draftId,
      flags,
      ...(facts?.keyWorker?.invitationCode ? { invitationCode: facts.keyWorker.invitationCode } : {}),
      draftDeletedAt: at.toISOString(),
      keepUntil: noteKeepUntil(latest, ageFrom(facts?.youngPerson)).toISOString(),
    });
    return true;
  }
}
