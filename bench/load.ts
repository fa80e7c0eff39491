import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export type Route = 'apiMessages' | 'directLine';

export interface LoadResult {
  turns: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  turnsPerSecond: number;
}

/** What a person types, in order: through the welcome, with a few commands between. */
const SCRIPT = ['Standard words', "Yes, that's OK", 'Me, about myself', 'Sam', 'Year 10', 'help', 'No code', 'show my draft', 'I am kind and funny', 'back'];

interface Conversation {
  send(text: string): Promise<void>;
}

async function apiMessagesConversation(url: string): Promise<Conversation> {
  const conversation = { id: `bench-${randomUUID()}` };
  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:1/',
        conversation,
        from: { id: 'bench-person' },
        recipient: { id: 'bot' },
        deliveryMode: 'expectReplies',
        ...activity,
      }),
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    await response.arrayBuffer();
  };
  await post({ type: 'conversationUpdate', membersAdded: [{ id: 'bench-person' }] });
  return { send: (text) => post({ type: 'message', text }) };
}

async function directLineConversation(url: string): Promise<Conversation> {
  const userId = `dl_${randomUUID()}`;
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId } }),
  });
  const { token } = (await generated.json()) as { token: string };
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const { conversationId } = (await started.json()) as { conversationId: string };
  return {
    async send(text) {
      const response = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: userId }, text }),
      });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
    },
  };
}

/** Runs `conversations` people at once, each taking `turns` turns one after another. */
export async function runLoad(url: string, route: Route, options: { conversations: number; turns: number }): Promise<LoadResult> {
  const open = route === 'apiMessages' ? apiMessagesConversation : directLineConversation;
  const people = await Promise.all(Array.from({ length: options.conversations }, () => open(url)));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    people.map(async (person) => {
      for (let turn = 0; turn < options.turns; turn++) {
        const begin = performance.now();
        try {
          await person.send(SCRIPT[turn % SCRIPT.length]!);
          latencies.push(performance.now() - begin);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { turns: latencies.length, errors, p50Ms: at(0.5), p99Ms: at(0.99), turnsPerSecond: latencies.length / elapsedSeconds };
}
