import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { activityChannel } from '../../src/storage/postgresNotices';
import { postgresUnavailableReason, postgresUrl, redactedUrl, withPostgresClient } from '../storage/postgresAvailability';
import { StreamReader, WELCOME, api, startConversation, startHarness, type Harness } from './harness';

const unavailable = postgresUnavailableReason();
if (unavailable !== undefined) {
  const message = `Direct Line stream tests on PostgreSQL cannot reach ${redactedUrl(postgresUrl)}: ${unavailable}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n!!! Set TEST_DATABASE_URL to run them.\n`);
}

describe.skipIf(unavailable !== undefined)('Direct Line streams on PostgreSQL, two instances', () => {
  const schema = `streams_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const postgres = { url: postgresUrl, schema };
  const open: Harness[] = [];

  const twoInstances = async (): Promise<[Harness, Harness]> => {
    const a = await startHarness({ postgres });
    open.push(a);
    const b = await startHarness({ postgres });
    open.push(b);
    return [a, b];
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
  });
  afterAll(async () => {
    await withPostgresClient(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)));
  });

  it('a reply written on instance B reaches a stream held on instance A, each once and in order', async () => {
    const [a, b] = await twoInstances();
    const { conversationId, token, streamUrl } = await startConversation(a.baseUrl);
    const stream = await StreamReader.open(streamUrl);
    try {
      await stream.waitFor((activities) => activities.length === 1);
      expect(stream.activities[0]?.text).toBe(WELCOME);

      const posted = await api(b.baseUrl, `/conversations/${conversationId}/activities`, {
        method: 'POST',
        auth: token,
        json: { type: 'message', text: 'typed on the other instance' },
      });
      expect(posted.status).toBe(200);
      await stream.waitFor((activities) => activities.some((x) => x.text === 'You said: typed on the other instance'));

      // Messages the bot sends later (a key worker's comment) written on B, one at a time.
      const latencies: number[] = [];
      for (let i = 0; i < 20; i++) {
        const sent = performance.now();
        await b.channel.appendBotActivities(conversationId, [{ type: 'message', text: `notice ${i}` }]);
        await stream.waitFor((activities) => activities.some((x) => x.text === `notice ${i}`));
        latencies.push(performance.now() - sent);
      }
      const texts = stream.activities.map((x) => x.text);
      expect(texts).toEqual([
        WELCOME,
        'typed on the other instance',
        'You said: typed on the other instance',
        ...Array.from({ length: 20 }, (_, i) => `notice ${i}`),
      ]);
      const watermarks = stream.groups.map((group) => Number(group.watermark));
      expect(watermarks).toEqual([...watermarks].sort((x, y) => x - y));
      latencies.sort((x, y) => x - y);
      // Reported, not asserted: speed is measured by the benchmark, never by a timed test.
      console.info(
        `PostgreSQL: written on B to pushed on A's stream, ${latencies.length} messages: ` +
          `p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
      );
    } finally {
      stream.close();
    }
  });

  it('after the listening connection is lost, what was written meanwhile and afterwards still arrives', async () => {
    const [a, b] = await twoInstances();
    const { conversationId, streamUrl } = await startConversation(a.baseUrl);
    const stream = await StreamReader.open(streamUrl);
    try {
      await stream.waitFor((activities) => activities.length === 1);
      await b.channel.appendBotActivities(conversationId, [{ type: 'message', text: 'before' }]);
      await stream.waitFor((activities) => activities.some((x) => x.text === 'before'));

      // Every instance's LISTEN connection on this schema's channel is cut, as a database restart would.
      const cut = await withPostgresClient(async (client) => {
        const { rows } = await client.query<{ cut: boolean }>(
          'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE query = $1',
          [`LISTEN "${activityChannel(schema)}"`],
        );
        return rows.length;
      });
      expect(cut).toBeGreaterThan(0);
      await b.channel.appendBotActivities(conversationId, [{ type: 'message', text: 'while reconnecting' }]);
      await stream.waitFor((activities) => activities.some((x) => x.text === 'while reconnecting'), 10_000);
      await b.channel.appendBotActivities(conversationId, [{ type: 'message', text: 'after' }]);
      await stream.waitFor((activities) => activities.some((x) => x.text === 'after'), 10_000);
      expect(stream.activities.map((x) => x.text)).toEqual([WELCOME, 'before', 'while reconnecting', 'after']);
    } finally {
      stream.close();
    }
  });

  it('streams of other conversations are not sent what one conversation says', async () => {
    const [a, b] = await twoInstances();
    const first = await startConversation(a.baseUrl);
    const second = await startConversation(b.baseUrl);
    const firstStream = await StreamReader.open(first.streamUrl);
    const secondStream = await StreamReader.open(second.streamUrl.replace(new URL(b.baseUrl).host, new URL(a.baseUrl).host));
    try {
      await firstStream.waitFor((activities) => activities.length === 1);
      await secondStream.waitFor((activities) => activities.length === 1);
      await b.channel.appendBotActivities(first.conversationId, [{ type: 'message', text: 'only for the first' }]);
      await firstStream.waitFor((activities) => activities.some((x) => x.text === 'only for the first'));
      await b.channel.appendBotActivities(second.conversationId, [{ type: 'message', text: 'only for the second' }]);
      await secondStream.waitFor((activities) => activities.some((x) => x.text === 'only for the second'));
      expect(firstStream.activities.map((x) => x.text)).toEqual([WELCOME, 'only for the first']);
      expect(secondStream.activities.map((x) => x.text)).toEqual([WELCOME, 'only for the second']);
    } finally {
      firstStream.close();
      secondStream.close();
    }
  });
});
