import type { ActivityListener } from '../storage/activityNotices';
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
 * watermark. Appends, made here or by another instance, reach open streams through the store's
 * notices.
 */
export class ActivityLog {
  private lastTimestamp = 0;

  constructor(
    private readonly store: DirectLineStore,
    private readonly now: () => number,
  ) {}

  /** Stores the activities in order, stamping each with a timestamp; returns them as clients will see them. */
  async append(conversationId: string, activities: ChannelActivity[]): Promise<ChannelActivity[]> {
    if (activities.length === 0) return [];
    const stamped = activities.map((activity) => withoutUndefined({ ...activity, id: undefined, timestamp: this.nextTimestamp() }));
    const seqs = await this.store.appendActivities(conversationId, stamped.map((activity) => slim(conversationId, activity)));
    return stamped.map((activity, index) => ({ ...activity, id: activityId(conversationId, seqs[index] ?? 0) }));
  }

  async list(conversationId: string, afterSeq: number, limit = 500): Promise<ActivityPage> {
    const rows = await this.store.listActivities(conversationId, afterSeq, limit);
    const last = rows.at(-1)?.seq ?? afterSeq;
    return {
      activities: rows.map((row) => ({ ...whole(conversationId, row.activity), id: activityId(conversationId, row.seq) })),
      watermark: String(last),
    };
  }

  /** Calls the listener whenever any instance appends to the conversation. */
  watch(conversationId: string, listener: ActivityListener): () => void {
    return this.store.watch(conversationId, listener);
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

/**
 * A transcript row leaves out what every activity of its conversation shares (the channel, and the
 * conversation it is in); `whole` puts it back as it was.
 */
function slim(conversationId: string, activity: ChannelActivity): ChannelActivity {
  const { channelId, conversation, ...rest } = activity;
  const sameConversation = isConversation(conversation, conversationId);
  return { ...rest, ...(channelId === CHANNEL_ID ? {} : { channelId }), ...(sameConversation ? {} : { conversation }) };
}

function whole(conversationId: string, row: ChannelActivity): ChannelActivity {
  return { ...row, channelId: row.channelId ?? CHANNEL_ID, conversation: row.conversation ?? { id: conversationId } };
}

const CHANNEL_ID = 'directline';

function isConversation(value: unknown, conversationId: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'id' && (value as { id: unknown }).id === conversationId;
}

function withoutUndefined(activity: ChannelActivity): ChannelActivity {
  return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined));
}
