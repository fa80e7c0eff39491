import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import type { ServerProcess } from './processes';

export interface IdleStreamsResult {
  streams: number;
  windowMs: number;
  /** Server CPU while idle with no stream open, in percent of one core. */
  idleCorePercent: number;
  /** Server CPU while the streams are open and nothing is said, in percent of one core. */
  withStreamsCorePercent: number;
}

async function openStream(url: string): Promise<WebSocket> {
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
  const { token } = (await generated.json()) as { token: string };
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const { streamUrl } = (await started.json()) as { streamUrl: string };
  const socket = new WebSocket(streamUrl);
  // Open, and the welcome pushed: from then on the stream is idle.
  await new Promise<void>((resolve, reject) => {
    socket.once('message', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

/**
 * Web chat pages left open and silent: the server's CPU over a quiet window, first with no stream
 * open, then with `streams` open. New activities reach streams by notification, so the difference
 * should be close to nothing.
 */
export async function idleStreams(server: ServerProcess, streams: number, windowMs: number): Promise<IdleStreamsResult> {
  const corePercent = async (): Promise<number> => {
    const before = server.cpuMs();
    await sleep(windowMs);
    return Math.round(((server.cpuMs() - before) / windowMs) * 1000) / 10;
  };
  await sleep(1000);
  const idleCorePercent = await corePercent();
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < streams; i += 20) {
      sockets.push(...(await Promise.all(Array.from({ length: Math.min(20, streams - i) }, () => openStream(server.url)))));
    }
    await sleep(1000);
    const withStreamsCorePercent = await corePercent();
    return { streams, windowMs, idleCorePercent, withStreamsCorePercent };
  } finally {
    for (const socket of sockets) socket.terminate();
  }
}
