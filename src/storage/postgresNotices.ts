import { createHash } from 'node:crypto';
import { Client, type Notification } from 'pg';
import { z } from 'zod';
import { ActivityNotices, type ActivityListener } from './activityNotices';
import type { StoreLog } from './storeLog';

/**
 * The NOTIFY channel for appended activities. Channels are database-wide, so each schema has its
 * own (tests run side by side in one database); a hash keeps the name within PostgreSQL's 63 bytes.
 */
export function activityChannel(schema: string | undefined): string {
  if (schema === undefined) return 'outcomes_activities';
  return `outcomes_activities_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

/** `<conversation id> <last seq>`, as the append statement writes it. */
const payload = z
  .string()
  .regex(/^\S+ \d+$/)
  .transform((text) => {
    const space = text.lastIndexOf(' ');
    return { conversationId: text.slice(0, space), lastSeq: Number(text.slice(space + 1)) };
  });

const RETRY_MS = [100, 500, 1000, 2000, 5000];

/**
 * Appends made by any instance reach this process through one LISTEN connection, opened when the
 * first stream starts watching (a command-line tool never opens it). If the connection drops it is
 * opened again, and every watcher is told to look for itself, since notices sent meanwhile are lost.
 */
export function postgresNotices(options: { databaseUrl: string; schema: string | undefined; log: StoreLog }): {
  watch(conversationId: string, listener: ActivityListener): () => void;
  /** This instance's own appends, announced at once without waiting for the database's echo. */
  publish(conversationId: string, lastSeq: number): void;
  close(): Promise<void>;
} {
  const hub = new ActivityNotices();
  const channel = activityChannel(options.schema);
  let client: Client | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (message: Notification): void => {
    if (message.channel !== channel) return;
    const parsed = payload.safeParse(message.payload);
    if (parsed.success) hub.publish(parsed.data.conversationId, parsed.data.lastSeq);
  };

  const connect = (): Promise<void> => {
    connecting ??= (async () => {
      if (client || closed) return;
      const next = new Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5000 });
      next.on('notification', onNotification);
      next.on('error', () => undefined); // 'end' follows and reconnects
      next.on('end', () => {
        if (client === next) client = undefined;
        if (!closed) scheduleReconnect();
      });
      try {
        await next.connect();
        await next.query(`LISTEN "${channel}"`);
      } catch (error) {
        next.removeAllListeners('end');
        await next.end().catch(() => undefined);
        throw error;
      }
      if (closed) {
        await next.end().catch(() => undefined);
        return;
      }
      client = next;
      failures = 0;
      // Anything appended before LISTEN took hold was not announced: every watcher looks once.
      hub.publishToAll();
    })()
      .catch((error: Error & { code?: string }) => {
        options.log.warn({ engine: 'postgres', code: error.code }, 'could not listen for new activities; trying again');
        scheduleReconnect();
      })
      .finally(() => (connecting = undefined));
    return connecting;
  };

  const scheduleReconnect = (): void => {
    if (closed || retry) return;
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
    failures += 1;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
    retry.unref();
  };

  return {
    watch(conversationId, listener) {
      if (!client && !closed) void connect();
      return hub.watch(conversationId, listener);
    },
    publish(conversationId, lastSeq) {
      hub.publish(conversationId, lastSeq);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await connecting;
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
