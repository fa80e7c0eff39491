import type { Storage } from 'botbuilder';
import { errorSummary } from '../log';
import type { Logger } from 'pino';
import type { ConcernStore, DirectLineStore, DraftStore } from '../storage';
import { DraftForgetting, draftFactsSchema, flagsOf, latestFlag } from './forgetDraft';
import { SAFEGUARDING_HOLD_DAYS, daysBefore } from './policy';
import { SafeguardingNotes } from './safeguardingNotes';

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
  const forgetting = new DraftForgetting(deps);
  const report: RetentionReport = { deleted: 0, notesKept: 0, skipped: 0, notesExpired: 0, transcriptsDeleted: 0, concernsExpired: 0 };

  for (const draftId of await deps.drafts.idleSince(cutoff)) {
    const stored = await deps.drafts.readUnchecked(draftId);
    // Changed since the list was made (the person came back): not idle any more.
    if (!stored || new Date(stored.updatedAt).getTime() >= cutoff.getTime()) continue;
    const facts = draftFactsSchema.safeParse(stored.document);
    const draft = facts.success ? facts.data : { status: 'unknown' };
    // Finished but not shared (ready_for_review) is still the young person's own unshared draft.
    if (draft.status !== 'in_progress' && draft.status !== 'ready_for_review') {
      report.skipped += 1;
      continue;
    }
    const latest = latestFlag(flagsOf(draft, stored.updatedAt));
    if (latest && latest.getTime() > holdCutoff.getTime()) {
      report.skipped += 1;
      continue;
    }
    const { noteKept } = await forgetting.forget(draftId, { facts: draft, at: now, flagsFrom: stored.updatedAt });
    if (noteKept) report.notesKept += 1;
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
