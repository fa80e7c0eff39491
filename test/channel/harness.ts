import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import pino from 'pino';
import restify from 'restify';
import WebSocket from 'ws';
import { createAdapterDelivery } from '../../src/channel/adapterDelivery';
import { registerDirectLine, type DirectLineChannel } from '../../src/channel/directLine';
import { createStores } from '../../src/storage';
import type { Stores } from '../../src/storage/types';

export const WELCOME = 'Welcome! What would you like to be called?';
export const BOT_ID = 'outcomes-bot';

/** Echoes messages and welcomes the person; `slow ...` messages take a while, to expose overlapping turns. */
export class TestBot extends ActivityHandler {
  active = 0;
  maxActive = 0;

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(WELCOME);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      this.active += 1;
      this.maxActive = Math.max(this.maxActive, this.active);
      try {
        const text = context.activity.text ?? '';
        if (text.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 150));
        if (text === 'fail') throw new Error('bot failure for a test');
        await context.sendActivity(`You said: ${text}`);
      } finally {
        this.active -= 1;
      }
      await next();
    });
  }
}

export interface HarnessOptions {
  dataDir?: string;
  secret?: string;
  tokenTtlSeconds?: number;
  tokenRequestsPerMinute?: number;
  /** Install restify's bodyParser server-wide, as src/server.ts does. */
  serverBodyParser?: boolean;
  publicUrl?: string;
  /** PostgreSQL instead of SQLite: the URL and the schema every instance of a test shares. */
  postgres?: { url: string; schema: string };
}

export interface Harness {
  baseUrl: string;
  dataDir: string;
  stores: Stores;
  channel: DirectLineChannel;
  bot: TestBot;
  logLines: string[];
  /** Moves the channel's clock forward (token expiry). */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'outcomes-directline-'));
  const stores = await createStores({ dataDir, databaseUrl: options.postgres?.url, pgSchema: options.postgres?.schema });
  const logLines: string[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logLines.push(chunk.toString());
        callback();
      },
    }),
  );
  let offset = 0;
  const bot = new TestBot();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context: TurnContext) => {
    await context.sendActivity('Sorry, something went wrong.');
    throw new Error('turn failed');
  };
  const server = restify.createServer({ handleUncaughtExceptions: false });
  if (options.serverBodyParser) {
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024, rejectUnknown: false }));
  }
  const channel = registerDirectLine(server, {
    store: stores.directLine,
    secrets: stores.secrets,
    deliver: createAdapterDelivery(adapter, (context) => bot.run(context), {}),
    settings: {
      secret: options.secret,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      tokenRequestsPerMinute: options.tokenRequestsPerMinute ?? 1000,
    },
    log,
    publicUrl: options.publicUrl,
    botId: BOT_ID,
    botName: 'Outcomes Bot',
    now: () => Date.now() + offset,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    stores,
    channel,
    bot,
    logLines,
    advance: (ms) => {
      offset += ms;
    },
    async close() {
      await channel.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
}

export interface ApiResult {
  status: number;
  body: Record<string, unknown>;
}

export async function api(
  baseUrl: string,
  route: string,
  init: { method?: string; auth?: string; json?: unknown; raw?: string; contentType?: string } = {},
): Promise<ApiResult> {
  const headers: Record<string, string> = {};
  if (init.auth) headers.authorization = `Bearer ${init.auth}`;
  let body: string | undefined;
  if (init.json !== undefined) body = JSON.stringify(init.json);
  if (init.raw !== undefined) body = init.raw;
  if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${baseUrl}/v3/directline${route}`, { method: init.method ?? 'GET', headers, body });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface ActivityGroup {
  activities: Array<Record<string, unknown> & { id: string; type: string; text?: string; from: { id: string; role?: string } }>;
  watermark: string;
}

/** A started conversation: token from tokens/generate, then POST /conversations. */
export async function startConversation(baseUrl: string, user?: { id: string; name?: string }) {
  const generated = await api(baseUrl, '/tokens/generate', { method: 'POST', json: user ? { user } : undefined });
  const token = String(generated.body.token);
  const started = await api(baseUrl, '/conversations', { method: 'POST', auth: token });
  return {
    conversationId: String(started.body.conversationId),
    token,
    streamUrl: String(started.body.streamUrl),
    status: started.status,
    generated,
  };
}

export async function getActivities(baseUrl: string, conversationId: string, token: string, watermark = '') {
  const result = await api(baseUrl, `/conversations/${conversationId}/activities?watermark=${watermark}`, { auth: token });
  return { status: result.status, group: result.body as unknown as ActivityGroup };
}

/** Collects what a stream pushes and waits for what a test expects. */
export class StreamReader {
  readonly groups: ActivityGroup[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const text = data.toString();
      if (!text) return;
      this.groups.push(JSON.parse(text) as ActivityGroup);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static open(url: string): Promise<StreamReader> {
    const socket = new WebSocket(url);
    const reader = new StreamReader(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(reader));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`stream refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  get activities(): ActivityGroup['activities'] {
    return this.groups.flatMap((group) => group.activities);
  }

  async waitFor(predicate: (activities: ActivityGroup['activities']) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.activities)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('stream did not deliver the expected activities in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** The HTTP status a stream URL is refused with. */
export function streamRefusal(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      socket.close();
      reject(new Error('stream was opened'));
    });
    socket.once('error', () => undefined);
  });
}
