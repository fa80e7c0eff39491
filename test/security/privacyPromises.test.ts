import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step } from '../../dialogs/ids';
import { DEFAULT_ANSWERS } from '../dialogs/journeyDriver';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, stepOf } from '../support/appClients';
import { postgresMissing, postgresSchema, type PostgresSchema } from './support';

/*
 * Finding 5: after "No" to consent, later messages were still stored; "start again" kept the old
 * answers in draft versions and the transcript; after "delete my data" the words could still be
 * read in the SQLite file (no secure_delete) and for a while in PostgreSQL's pages.
 */

/** Every file SQLite keeps (main file, write-ahead log, shared memory), as bytes. */
function databaseBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(path.join(dir, name))));
}

/** The whole transcript as this client's token sees it. */
async function transcript(url: string, client: DirectLineClient): Promise<string> {
  const response = await fetch(`${url}/v3/directline/conversations/${client.conversationId}/activities`, { headers: { Authorization: `Bearer ${client.token}` } });
  return JSON.stringify(await response.json());
}

/** Answers questions in the usual way until `step` is open. */
async function answerUntil(client: DirectLineClient, step: string): Promise<Partial<Activity>[]> {
  for (let turn = 0; turn < 30; turn++) {
    const activities = await client.nextQuestion();
    const open = [...activities].reverse().map(stepOf).find(Boolean);
    if (open === step) return activities;
    if (!open) throw new Error(`no question while waiting for ${step}`);
    await client.say(open === Step.welcomeAge ? 'Year 10' : DEFAULT_ANSWERS[open as keyof typeof DEFAULT_ANSWERS]);
  }
  throw new Error(`never reached ${step}`);
}

async function draftIdOf(client: DirectLineClient): Promise<string> {
  await client.say('show my draft');
  const shown = await client.nextQuestion();
  const draft = shown.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === DRAFT_CONTENT_TYPE)?.content as { id?: string } | undefined;
  if (!draft?.id) throw new Error('no draft shown');
  return draft.id;
}

describe('what the words promise on SQLite', { timeout: 180_000 }, () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000' });
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('keeps nothing a person sends after saying no to consent', async () => {
    const marker = 'zebracrossing-after-no';
    const client = await DirectLineClient.start(running.url);
    await answerUntil(client, Step.welcomeConsent);
    await client.say('no');
    await client.nextQuestion();
    await client.say(`I like the colour ${marker}`);
    await client.nextQuestion();
    await client.say(`and the word ${marker} again`);
    await client.nextQuestion();
    expect(await transcript(running.url, client)).not.toContain(marker);
    expect(databaseBytes(running.dataDir).includes(marker)).toBe(false);
  });

  it('"start again" deletes the old answers\' versions and the transcript', async () => {
    const marker = 'pelicanbrief-before-restart';
    const client = await DirectLineClient.start(running.url);
    await answerUntil(client, Step.aboutMeStrengths);
    await client.say(`I am good at ${marker}`);
    await client.nextQuestion();
    const draftId = await draftIdOf(client);
    expect(databaseBytes(running.dataDir).includes(marker)).toBe(true);
    await client.say('start again');
    await client.nextQuestion();
    await client.say('yes');
    await client.nextQuestion();
    const versions = await running.app.stores.drafts.versions(draftId);
    expect(versions).toHaveLength(1);
    expect(JSON.stringify((await running.app.stores.drafts.get(draftId))?.draft)).not.toContain(marker);
    expect(await transcript(running.url, client)).not.toContain(marker);
    expect(databaseBytes(running.dataDir).includes(marker)).toBe(false);
  });

  it('"delete my data" leaves no trace of the words in the database files, nor in an earlier conversation\'s transcript', async () => {
    const marker = 'flamingoparade-to-delete';
    const first = await DirectLineClient.start(running.url);
    await answerUntil(first, Step.aboutMeStrengths);
    await first.say(`I like ${marker}`);
    await first.nextQuestion();
    await first.say('stop');
    const stopped = await first.nextQuestion(3000);
    const code = stopped.map((a) => (a.channelData as { outcomes?: { resumeCode?: string } } | undefined)?.outcomes?.resumeCode).find(Boolean);
    expect(code).toBeDefined();

    const second = await DirectLineClient.start(running.url);
    await second.nextQuestion();
    await second.say("I have a code");
    await second.nextQuestion();
    await second.say(code!);
    await second.nextQuestion();
    expect(databaseBytes(running.dataDir).includes(marker)).toBe(true);
    await second.say('delete my data');
    await second.nextQuestion();
    await second.say('yes');
    await second.nextQuestion();

    expect(await transcript(running.url, first)).not.toContain(marker);
    expect(await transcript(running.url, second)).not.toContain(marker);
    expect(databaseBytes(running.dataDir).includes(marker)).toBe(false);
  });

  it('creates its database files readable by this user only', () => {
    for (const name of readdirSync(running.dataDir)) {
      expect(statSync(path.join(running.dataDir, name)).mode & 0o777, name).toBe(0o600);
    }
    expect(statSync(running.dataDir).mode & 0o077).toBe(0);
  });
});

describe.skipIf(Boolean(postgresMissing))('what the words promise on PostgreSQL', { timeout: 180_000 }, () => {
  let running: RunningApp;
  let schema: PostgresSchema;

  beforeAll(async () => {
    schema = await postgresSchema();
    running = await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000', DATABASE_URL: schema.databaseUrl });
  });

  afterAll(async () => {
    await running?.stop();
    await schema?.drop();
  });

  it('vacuums the tables that held the words after "delete my data"', async () => {
    const lastVacuum = async () =>
      (await schema.query("SELECT relname, last_vacuum FROM pg_stat_user_tables WHERE schemaname = $1 AND relname IN ('drafts', 'draft_versions')", [schema.schema])).rows as {
        relname: string;
        last_vacuum: Date | null;
      }[];
    expect((await lastVacuum()).every((row) => row.last_vacuum === null)).toBe(true);
    const client = await DirectLineClient.start(running.url);
    await answerUntil(client, Step.aboutMeStrengths);
    await client.say('I like quiet words');
    await client.nextQuestion();
    await client.say('delete my data');
    await client.nextQuestion();
    await client.say('yes');
    await client.nextQuestion();
    const deadline = Date.now() + 15_000;
    let rows = await lastVacuum();
    while (rows.some((row) => row.last_vacuum === null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      rows = await lastVacuum();
    }
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.last_vacuum !== null)).toBe(true);
  });
});
