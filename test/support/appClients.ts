import type { Activity } from 'botbuilder';

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

async function readReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body };
}

/** Posts to the Bot Framework endpoint as a loopback emulator would, answers coming back in the reply. */
export async function postBotFramework(url: string, activity: Record<string, unknown>): Promise<Reply> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1/',
      from: { id: 'person-1' },
      recipient: { id: 'outcomes-bot' },
      deliveryMode: 'expectReplies',
      ...activity,
    }),
  });
  return readReply(response);
}

export const repliesOf = (reply: Reply): Partial<Activity>[] => (reply.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];

export const stepOf = (activity: Partial<Activity>): string | undefined =>
  (activity.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step;

/**
 * One typed turn of a person's journey through /api/messages (the conversation's start when `text`
 * is undefined): the step of the question the bot then waits on. Throws when the server does not answer 200.
 */
export async function journeyTurn(url: string, conversationId: string, text: string | undefined): Promise<string> {
  const activity = text === undefined ? { type: 'conversationUpdate', membersAdded: [{ id: 'person' }] } : { type: 'message', text };
  const reply = await postBotFramework(url, { conversation: { id: conversationId }, from: { id: `person-${conversationId}` }, ...activity });
  if (reply.status !== 200) throw new Error(`status ${reply.status}`);
  return [...repliesOf(reply)].reverse().map(stepOf).find((step) => step !== undefined) ?? 'no question';
}

/** A web chat client of the local Direct Line channel: one token, one conversation. */
export class DirectLineClient {
  private watermark = '';

  private constructor(
    private readonly url: string,
    readonly conversationId: string,
    readonly token: string,
  ) {}

  static async start(url: string, user?: { id: string; name?: string }): Promise<DirectLineClient> {
    const generated = await fetch(`${url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(user ? { user } : {}),
    });
    if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
    const { token } = (await generated.json()) as { token: string };
    const started = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: user ?? {} }),
    });
    if (started.status >= 300) throw new Error(`conversations answered ${started.status}`);
    const { conversationId } = (await started.json()) as { conversationId: string };
    return new DirectLineClient(url, conversationId, token);
  }

  async post(activity: unknown, raw = false): Promise<Reply> {
    const response = await fetch(`${this.url}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: raw ? (activity as string) : JSON.stringify(activity),
    });
    return readReply(response);
  }

  async say(text: string): Promise<Reply> {
    return this.post({ type: 'message', from: { id: 'person-dl' }, text });
  }

  /** Bot activities that arrived since the last call, waiting until at least one carries a step. */
  async nextQuestion(timeoutMs = 5000): Promise<Partial<Activity>[]> {
    const collected: Partial<Activity>[] = [];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const response = await fetch(`${this.url}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
        headers: { Authorization: `Bearer ${this.token}` },
      });
      const page = (await response.json()) as { activities: Partial<Activity>[]; watermark?: string };
      this.watermark = page.watermark ?? this.watermark;
      collected.push(...page.activities.filter((a) => a.from?.role === 'bot'));
      if (collected.some((a) => stepOf(a))) return collected;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return collected;
  }
}
