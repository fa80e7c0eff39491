import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { parseWatermark, type ActivityLog } from './activityLog';
import { DirectLineError, errorBody } from './errors';
import { errorSummary, hashId } from './logFields';
import { BASE_PATH } from './urls';

const STREAM_PATH = new RegExp(`^${BASE_PATH}/conversations/([^/?]+)/stream$`);
const KEEPALIVE_MS = 30_000;
const PAGE_SIZE = 500;

export interface StreamDeps {
  activities: ActivityLog;
  /** Throws a DirectLineError when the token may not open the conversation or it does not exist. */
  authorize(token: string | undefined, conversationId: string): Promise<void>;
  log: Logger;
}

/**
 * The Direct Line `streamUrl`: a WebSocket that pushes `{ activities, watermark }`. On connect it
 * sends everything after the URL's watermark (the welcome, or what was missed while away), then
 * each new activity when the store announces it, whichever instance appended it. An idle stream
 * costs no timer and no query: one keep-alive ping round serves every stream.
 */
export function attachStreams(httpServer: Server, deps: StreamDeps): { close(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const stops = new Set<() => void>();
  const keepalive = setInterval(() => {
    for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.ping();
  }, KEEPALIVE_MS);
  keepalive.unref();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match?.[1]) return; // not ours: another upgrade listener may want it
    const conversationId = decodeURIComponent(match[1]);
    void (async () => {
      try {
        const afterSeq = parseWatermark(url.searchParams.get('watermark'));
        await deps.authorize(url.searchParams.get('t') ?? undefined, conversationId);
        wss.handleUpgrade(req, socket, head, (ws) => stops.add(pushTo(ws, conversationId, afterSeq)));
      } catch (error) {
        refuse(socket, error);
      }
    })();
  };

  const pushTo = (ws: WebSocket, conversationId: string, afterSeq: number): (() => void) => {
    let lastSeq = afterSeq;
    let pumping = false;
    let again = false;

    const pump = async (): Promise<void> => {
      if (pumping) {
        again = true;
        return;
      }
      pumping = true;
      try {
        do {
          again = false;
          const page = await deps.activities.list(conversationId, lastSeq, PAGE_SIZE);
          if (ws.readyState !== WebSocket.OPEN) break;
          // A notice that came during the read (again = true) may be for rows the read missed: read once more.
          if (page.activities.length === 0) continue;
          ws.send(JSON.stringify(page));
          lastSeq = Number(page.watermark);
          if (page.activities.length === PAGE_SIZE) again = true;
        } while (again);
      } catch (error) {
        deps.log.warn({ conversation: hashId(conversationId), err: errorSummary(error) }, 'stream could not read activities');
      } finally {
        pumping = false;
      }
    };

    const unsubscribe = deps.activities.watch(conversationId, (seq) => {
      // Our own appends come back from the database too: nothing new past what was sent.
      if (seq === undefined || seq > lastSeq) void pump();
    });
    const stop = (): void => {
      unsubscribe();
      stops.delete(stop);
    };
    // botframework-directlinejs sends empty messages as its own keep-alive; nothing to do with them.
    ws.on('message', () => undefined);
    ws.on('close', stop);
    ws.on('error', () => ws.terminate());
    void pump();
    return stop;
  };

  httpServer.on('upgrade', onUpgrade);

  return {
    async close() {
      httpServer.off('upgrade', onUpgrade);
      clearInterval(keepalive);
      for (const stop of [...stops]) stop();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** Answers the upgrade request with a plain HTTP error in the Direct Line shape. */
function refuse(socket: Duplex, error: unknown): void {
  const known = error instanceof DirectLineError ? error : new DirectLineError(500, 'ServiceError', 'Internal error');
  const body = JSON.stringify(errorBody(known));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${known.code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
