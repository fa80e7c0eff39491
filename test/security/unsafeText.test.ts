import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createDraft, setConsent, setKeyWorker, setStatus, setYoungPerson } from '../../src/domain/draft';
import { createLogger } from '../../src/log';
import { runRetention } from '../../src/retention/retentionJob';
import { hashPassword } from '../../src/review/passwords';
import { Client, createInvitation, PASSWORD } from '../review/harness';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { createStores } from '../../src/storage';
import { postgresMissing, postgresSchema, typeJourney, type PostgresSchema } from './support';

/*
 * Finding 3: a NUL character or a lone surrogate typed in any answer was stored as `\u0000` or
 * `\ud800` in JSON, which PostgreSQL refuses to read as jsonb: the review site answered 500 to
 * every key worker, the retention job stopped, and PostgreSQL logged the words around it.
 */

const NUL = '\u0000';
const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDC00';

/**
 * Every answer carries a NUL inside a word, and lone surrogates between words (the invitation
 * code only the NUL: a code with more after it is, rightly, not a code).
 */
const unsafe = (step: string, usual: string) =>
  `${usual.slice(0, 1)}${NUL}${usual.slice(1)}${step === Step.welcomeInvite ? '' : ` ${LONE_HIGH} ${LONE_LOW}`}`;

describe.each([
  { engine: 'postgres' as const, skip: postgresMissing },
  { engine: 'sqlite' as const, skip: undefined },
])('NUL and lone surrogates in every answer ($engine)', ({ engine, skip }) => {
  let running: RunningApp;
  let schema: PostgresSchema | undefined;

  beforeAll(async () => {
    if (skip) return;
    schema = engine === 'postgres' ? await postgresSchema() : undefined;
    running = await runApp({
      LOG_LEVEL: 'silent',
      MESSAGES_PER_MINUTE: '1000',
      TOKEN_REQUESTS_PER_MINUTE: '1000',
      ...(schema ? { DATABASE_URL: schema.databaseUrl } : {}),
    });
  });

  afterAll(async () => {
    await running?.stop();
    await schema?.drop();
  });

  it.skipIf(Boolean(skip))('are cleaned on the way in; the review site and the retention job keep working', async () => {
    const accounts = await createStores({ dataDir: running.dataDir, databaseUrl: schema?.databaseUrl });
    await accounts.keyWorkers.addKeyWorker({ email: 'kim@school.example', name: 'Kim Lee', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await accounts.close();
    const keyWorker = new Client(running.url);
    expect((await keyWorker.login('kim@school.example')).status).toBe(303);
    const code = await createInvitation(keyWorker);

    // The whole journey typed with the characters in every answer, the invitation code included.
    const { seen, draft } = await typeJourney(running.url, unsafe, { [Step.welcomeInvite]: [code], [Step.reviewShare]: ['yes'] });
    expect(seen.at(-1)).toBe(Step.reviewDone);
    const stored = JSON.stringify(draft);
    expect(stored).not.toMatch(/\\u0000|\\ud83d|\\udc00/i);
    expect(draft.aspirations.length).toBeGreaterThan(0);

    // A row written before the fix (or by hand) is read safely too.
    const old = randomUUID();
    const now = new Date();
    const legacy = setStatus(setKeyWorker(setYoungPerson(setConsent(createDraft({ id: old, now }), true, now), { name: `Jo${NUL}` }), { invitationCode: code, shared: true }), 'submitted');
    if (schema) {
      await schema.query('INSERT INTO $schema.drafts (id, version, json, updated_at) VALUES ($1, 1, $2, now())', [old, JSON.stringify(legacy)]);
    }

    const list = await keyWorker.request('GET', '/review');
    expect(list.status).toBe(200);
    const page = await list.text();
    expect(page).toContain(`/review/drafts/${draft.id}`);
    const one = await keyWorker.request('GET', `/review/drafts/${draft.id}`);
    expect(one.status).toBe(200);

    const report = await runRetention({
      drafts: running.app.stores.drafts,
      state: running.app.stores.state,
      directLine: running.app.stores.directLine,
      retentionDays: 1,
      now: () => new Date(Date.now() + 3 * 86_400_000),
      log: createLogger({ level: 'silent' }),
    });
    expect(report.transcriptsDeleted).toBeGreaterThan(0);

    if (schema) {
      const { rows } = await schema.query(
        `SELECT count(*)::int AS n FROM (SELECT json FROM $schema.draft_versions UNION ALL SELECT json FROM $schema.state) t WHERE json LIKE '%\\u0000%' OR json ILIKE '%\\ud83d%'`,
      );
      expect(rows[0].n).toBe(0);
    }
  }, 240_000);
});
