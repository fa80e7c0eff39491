import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { JOURNEY } from './script';

export interface TurnFailure {
  turn: number;
  said?: string;
  expected: string;
  got: string;
}

export interface RunResult {
  turns: number;
  latencies: number[];
  elapsedMs: number;
  failures: TurnFailure[];
}

interface Reply {
  type?: string;
  text?: string;
  channelData?: { outcomes?: { step?: string } };
}

/** The step of the question that waits for an answer, the last one asked. */
export function stepOf(activities: Reply[]): string {
  return [...activities].reverse().find((a) => a.channelData?.outcomes?.step)?.channelData?.outcomes?.step ?? 'no question';
}

/**
 * `conversations` people at once, each typing the whole journey through /api/messages
 * (deliveryMode expectReplies), `journeys` times one after another. With `check`, every reply
 * must ask the scripted next question; a conversation that strays stops there and is reported.
 */
export async function runJourneys(
  url: string,
  options: { conversations: number; journeys?: number; check: boolean; turns?: number },
): Promise<RunResult> {
  const script = JOURNEY.slice(0, options.turns ?? JOURNEY.length);
  const latencies: number[] = [];
  const failures: TurnFailure[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.conversations }, async () => {
      for (let j = 0; j < (options.journeys ?? 1); j++) {
        const conversation = { id: `bench-${randomUUID()}` };
        for (const [turn, step] of script.entries()) {
          const activity = step.say === undefined
            ? { type: 'conversationUpdate', membersAdded: [{ id: 'bench-person' }] }
            : { type: 'message', text: step.say };
          const begin = performance.now();
          let got: string;
          try {
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
            const body = (await response.json()) as { activities?: Reply[] };
            got = response.status === 200 ? stepOf(body.activities ?? []) : `status ${response.status}`;
            if (response.status === 200 && (body.activities?.length ?? 0) === 0) got = 'no reply';
          } catch (error) {
            got = `error ${(error as Error).message}`;
          }
          const ok = options.check ? got === step.expect : !got.startsWith('status') && !got.startsWith('error') && got !== 'no reply';
          if (!ok) {
            failures.push({ turn, said: step.say, expected: step.expect, got });
            break;
          }
          latencies.push(performance.now() - begin);
        }
      }
    }),
  );
  return { turns: latencies.length, latencies, elapsedMs: performance.now() - started, failures };
}

/**
 * One whole journey through the local Direct Line channel, as the web chat page does, so the
 * transcript is stored too. Returns the failures (empty when every turn asked what it should).
 */
export async function directLineJourney(url: string): Promise<TurnFailure[]> {
  const userId = `dl_${randomUUID()}`;
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId } }),
  });
  const { token } = (await generated.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth });
  const { conversationId } = (await started.json()) as { conversationId: string };
  const base = `${url}/v3/directline/conversations/${conversationId}/activities`;
  let watermark = '';
  const next = async (): Promise<string> => {
    const response = await fetch(`${base}?watermark=${watermark}`, { headers: auth });
    const page = (await response.json()) as { activities: Reply[]; watermark: string };
    watermark = page.watermark;
    return stepOf(page.activities.filter((a) => a.type === 'message'));
  };
  for (const [turn, step] of JOURNEY.entries()) {
    if (step.say !== undefined) {
      const response = await fetch(base, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: userId }, text: step.say }),
      });
      if (response.status !== 200) return [{ turn, said: step.say, expected: step.expect, got: `status ${response.status}` }];
    }
    const got = await next();
    if (got !== step.expect) return [{ turn, said: step.say, expected: step.expect, got }];
  }
  return [];
}
