import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface Received {
  conversationId: string;
  /** Set when the bot replied to an activity (POST .../activities/{replyToId}). */
  replyToId?: string;
  activity: Partial<Activity>;
}

/**
 * A local stand-in for the Bot Connector service Teams uses (smba.trafficmanager.net): it takes
 * `POST /v3/conversations/{id}/activities[/{replyToId}]` as the real one does, answers with a
 * resource id, and refuses, as Teams does, a message with an attachment Teams cannot show or an
 * Adaptive Card newer than Teams supports.
 */
export class ConnectorStandIn {
  readonly received: Received[] = [];
  private server: Server | undefined;
  private next = 1;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req).then(({ status, body }) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    }));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Messages the bot sent to one conversation, in order. */
  messages(conversationId: string): Partial<Activity>[] {
    return this.received.filter((r) => r.conversationId === conversationId && r.activity.type === 'message').map((r) => r.activity);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return { status: 404, body: { error: { code: 'NotFound', message: 'Not found' } } };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
    const problem = teamsProblem(activity);
    if (problem) return { status: 400, body: { error: { code: 'BadArgument', message: problem } } };
    this.received.push({ conversationId: decodeURIComponent(match[1]!), ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}), activity });
    return { status: 201, body: { id: `1${String(this.next++).padStart(12, '0')}` } };
  }
}

/** The card types Teams documents as supported in bot messages (kept apart from the bot's own list). */
const TEAMS_CARDS = [
  'application/vnd.microsoft.card.adaptive',
  'application/vnd.microsoft.card.hero',
  'application/vnd.microsoft.card.thumbnail',
  'application/vnd.microsoft.card.list',
  'application/vnd.microsoft.card.receipt',
  'application/vnd.microsoft.card.signin',
  'application/vnd.microsoft.card.oauth',
  'application/vnd.microsoft.card.o365connector',
  'application/vnd.microsoft.teams.card.file.info',
  'application/vnd.microsoft.teams.card.file.consent',
];

function teamsProblem(activity: Partial<Activity>): string | undefined {
  for (const attachment of activity.attachments ?? []) {
    const image = attachment.contentType.startsWith('image/') && Boolean(attachment.contentUrl);
    if (!image && !TEAMS_CARDS.includes(attachment.contentType)) return 'Unknown attachment type';
    const version = (attachment.content as { version?: string } | undefined)?.version;
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive' && (!version || Number(version) > 1.5)) {
      return 'Adaptive Card version not supported';
    }
  }
  return undefined;
}
