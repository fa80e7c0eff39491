import type { Storage } from 'botbuilder';
import { errorSummary } from '../log';
import type { DirectLineStore } from '../storage/types';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DraftStore } from '../storage/types';
import { SAFEGUARDING_HOLD_DAYS, ageFrom, daysBefore, noteKeepUntil } from './policy';
import { SafeguardingNotes } from './safeguardingNotes';
import type { ConcernStore } from '../safeguarding/concernStore';

export interface RetentionDeps {
  drafts: DraftStore;
  /** The bot's state storage: journeys (`journey/<draftId>`) and resume codes (`resume/<hash>`). */
  state: Storage;
  retentionDays: number;
  now: () => Date;
  log: Logger;
  /** Web chat transcripts: a conversation with nothing said for `retentionDays` is deleted. */
  directLine?: Pick<DirectLineStore, 'idleConversations' | 'deleteConversation'>;
  /** After deleting: makes sure the words are gone from the database files too (Stores.purgeDeleted). */
  purgeDeleted?: () => Promise<void>;
  /** Safeguarding concerns for the leads: each is deleted, with its history, when its keep-until time passes. */
  concerns?: Pick<ConcernStore, 'deleteExpired'>;
}

export interface RetentionReport {
  /** Idle unfinished drafts deleted with their journey and resume code. */
  deleted: number;
  /** Of those, how many left a safeguarding note behind. */
  notesKept: number;
  /** Idle drafts left alone: shared with a key worker, or flagged too recently. */
  skipped: number;
  /** Safeguarding notes whose time was up. */
  notesExpired: number;
  /** Web chat transcripts with nothing said for the retention period. */
  transcriptsDeleted: number;
  /** Safeguarding concerns (with their leads' history) whose keep-until time had passed. */
  concernsExpired: number;
}

/**
 * Only the fields retention decides on, read leniently: a draft stored by an older version must
 * still be recognised as flagged, never deleted as if it were not.
 */
const retainedFieldsSchema = z.looseObject({
  status: z.string().optional(),
  youngPerson: z.looseObject({ age: z.number().optional(), schoolYear: z.number().optional() }).optional(),
  flags: z
    .array(z.looseObject({ category: z.string().optional(), at: z.string().optional(), step: z.string().optional() }))
    .optional(),
  keyWorker: z.looseObject({ invitationCode: z.string().optional() }).optional(),
});

const journeyFieldsSchema = z.looseObject({ resumeKey: z.string().min(1).optional() });

const journeyKey = (draftId: string) => `journey/${draftId}`;

/**
 * One pass of the retention policy (docs/PRIVACY.md):
 * - an unfinished draft with no change for `retentionDays` is deleted with its versions, its
 *   journey and the resume code that opens it;
 * - a draft shared with a key worker (any status but in_progress or ready_for_review) is the review's business, not this job's;
 * - a flagged draft is kept whole until its latest flag is SAFEGUARDING_HOLD_DAYS old, then deleted
 *   like the others, leaving a safeguarding note without words.
 */
export async function runRetention(deps: RetentionDeps): Promise<RetentionReport> {
  const now = deps.now();
  const cutoff = daysBefore(now, deps.retentionDays);
  const holdCutoff = daysBefore(now, SAFEGUARDING_HOLD_DAYS);
  const notes = new SafeguardingNotes(deps.state);
  const report: RetentionReport = { deleted: 0, notesKept: 0, skipped: 0, notesExpired: 0, transcriptsDeleted: 0, concernsExpired: 0 };

  for (const draftId of await deps.drafts.idleSince(cutoff)) {
    const stored = await deps.drafts.get(draftId);
    // Changed since the list was made (the person came back): not idle any more.
    if (!stored || new Date(stored.updatedAt).getTime() >= cutoff.getTime()) continue;
    const fields = retainedFieldsSchema.safeParse(stored.document);
    const draft = fields.success ? fields.data : { status: 'unknown' };
    // Finished but not shared (ready_for_review) is still the young person's own unshared draft.
    if (draft.status !== 'in_progress' && draft.status !== 'ready_for_review') {
      report.skipped += 1;
      continue;
    }
    const flags = (draft.flags ?? []).map((flag) => ({
      kind: 'safeguarding' as const,
      category: flag.category || 'unspecified',
      at: validTime(flag.at) ?? stored.updatedAt,
      step: flag.step ?? 'unknown',
    }));
    if (flags.length > 0) {
      const latest = new Date(Math.max(...flags.map((f) => new Date(f.at).getTime())));
      if (latest.getTime() > holdCutoff.getTime()) {
        report.skipped += 1;
        continue;
      }
      await notes.keep({
        kind: 'safeguarding-note',
        draftId,
        flags,
        ...(draft.keyWorker?.invitationCode ? { invitationCode: draft.keyWorker.invitationCode } : {}),
        draftDeletedAt: now.toISOString(),
        keepUntil: noteKeepUntil(latest, ageFrom(draft.youngPerson)).toISOString(),
      });
      report.notesKept += 1;
    }
    await deleteDraftEverywhere(deps, draftId);
    report.deleted += 1;
  }

  report.notesExpired = await notes.deleteExpired(now);
  report.concernsExpired = (await deps.concerns?.deleteExpired(now)) ?? 0;
  // A transcript holds the person's own words: it goes after the same time without activity.
  for (const conversationId of (await deps.directLine?.idleConversations(cutoff)) ?? []) {
    await deps.directLine?.deleteConversation(conversationId);
    report.transcriptsDeleted += 1;
  }
  if (report.deleted + report.transcriptsDeleted > 0) await deps.purgeDeleted?.();
  return report;
}

/** The draft, its versions, its journey and its resume code: what "delete my data" removes too. */
async function deleteDraftEverywhere(deps: RetentionDeps, draftId: string): Promise<void> {
  const items = await deps.state.read([journeyKey(draftId)]);
  const journey = journeyFieldsSchema.safeParse(items[journeyKey(draftId)]);
  const resumeKey = journey.success ? journey.data.resumeKey : undefined;
  await deps.state.delete([journeyKey(draftId), ...(resumeKey ? [resumeKey] : [])]);
  await deps.drafts.delete(draftId);
}

function validTime(value: string | undefined): string | undefined {
  return value !== undefined && Number.isFinite(new Date(value).getTime()) ? value : undefined;
}

export interface RetentionJob {
  /** Runs a pass now (or waits for the one under way) and reports it. */
  runNow(): Promise<RetentionReport>;
  /** Stops the timer and waits for a pass under way, so storage can be closed after it. */
  stop(): Promise<void>;
}

/** Every hour by default: retention is counted in days, an hour late does not matter. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs the policy once at start and then on an interval that does not keep the process alive.
 * Passes never overlap; a failed pass is logged (counts and error name only) and tried next time.
 */
export function startRetentionJob(deps: RetentionDeps & { intervalMs?: number }): RetentionJob {
  let running: Promise<RetentionReport> | undefined;
  let stopped = false;
  const runNow = (): Promise<RetentionReport> => {
    running ??= runRetention(deps)
      .then((report) => {
        if (report.deleted + report.notesExpired + report.concernsExpired > 0) deps.log.info({ retention: report }, 'retention pass');
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const runLogged = (): void => {
    if (stopped) return;
    runNow().catch((error: unknown) => {
      deps.log.error({ err: errorSummary(error) }, 'retention pass failed');
    });
  };
  const timer = setInterval(runLogged, deps.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  runLogged();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
