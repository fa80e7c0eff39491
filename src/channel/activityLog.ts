import { EventEmitter } from 'node:events';
import type { DirectLineStore } from '../storage/types';
import { badArgument } from './errors';

export type ChannelActivity = Record<string, unknown>;

export interface ActivityPage {
  activities: ChannelActivity[];
  /** The Direct Line watermark after this page: the last seq returned, or the one asked from. */
  watermark: string;
}

/**
 * The conversation's activities as clients see them. Ids are derived from the store's sequence
 * numbers (`{conversationId}|0000001`, Azure's form), so an id is never out of step with the
 * watermark. Appends made here are announced at once to this instance's open streams; appends
 * made by other instances are found by the streams' polling.
 */
export class ActivityLog {
  private readonly appended = new EventEmitter();
  private lastTimestamp = 0;

  constructor(
    private readonly store: DirectLineStore,
    private readonly now: () => number,
  ) {
    this.appended.setMaxListeners(0);
  }

  /** Stores the activities in order, stamping each with a timestamp; returns them as clients will see them. */
  async append(conversationId: string, activities: ChannelActivity[]): Promise<ChannelActivity[]> {
    if (activities.length === 0) return [];
    const stamped = activities.map((activity) => withoutUndefined({ ...activity, id: undefined, timestamp: this.nextTimestamp() }));
    const seqs = await this.store.appendActivities(conversationId, stamped);
    this.appended.emit('appended', conversationId);
    return stamped.map((activity, index) => ({ ...activity, id: activityId(conversationId, seqs[index] ?? 0) }));
  }

  async list(conversationId: string, afterSeq: number, limit = 500): Promise<ActivityPage> {
    const rows = await this.store.listActivities(conversationId, afterSeq, limit);
    const last = rows.at(-1)?.seq ?? afterSeq;
    return {
      activities: rows.map((row) => ({ ...row.activity, id: activityId(conversationId, row.seq) })),
      watermark: String(last),
    };
  }

  /** Calls the listener with the conversation id whenever this instance appends to it. */
  onAppended(listener: (conversationId: string) => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /** Web Chat orders by timestamp, so timestamps from one instance never repeat or go back. */
  private nextTimestamp(): string {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return new Date(this.lastTimestamp).toISOString();
  }
}

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Missing or empty means "from the start", as Direct Line clients send `?watermark=` at first. */
export function parseWatermark(value: string | null | undefined): number {
  if (value === null || value === undefined || value.trim() === '') return 0;
  if (!/^\d{1,15}$/.test(value.trim())) throw badArgument('watermark must be a number');
  return Number(value.trim());
}

function withoutUndefined(activity: ChannelActivity): ChannelActivity {
  return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined));
}
