import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAspiration, createDraft, setConsent, setKeyWorker, setStatus, setYoungPerson } from '../../src/domain/draft';
import { createDownloadLinks } from '../../src/export/downloads';
import { hashPassword } from '../../src/review/passwords';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import { Client, createInvitation, PASSWORD } from '../review/harness';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, postBotFramework, stepOf } from '../support/appClients';
import { createStores } from '../../src/storage';
import { postgresMissing, postgresSchema, type PostgresSchema } from './support';

/*
 * Finding 7, the smaller ones: rate limits counted per instance; resume codes never expired,
 * could be reused, and "start again" reset their attempt lock; the last character of a signed
 * link or token could change without being refused; cookies were Secure only with an https
 * PUBLIC_URL; bidi and zero-width characters reached the key worker unmarked.
 */

/** Flips the last character of a base64url string to another that decodes to the same bytes. */
function sameBytesOtherSpelling(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = text.at(-1)!;
  const index = alphabet.indexOf(last);
  const decoded = Buffer.from(text, 'base64url');
  for (let delta = 1; delta < 4; delta++) {
    const other = text.slice(0, -1) + alphabet[(index ^ delta) % 64];
    if (Buffer.from(other, 'base64url').equals(decoded)) return other;
  }
  throw new Error('every spelling of this string is canonical');
}

describe.skipIf(Boolean(postgresMissing))('rate limits with several instances on PostgreSQL', { timeout: 180_000 }, () => {
  let schema: PostgresSchema;
  let a: RunningApp;
  let b: RunningApp;

  beforeAll(async () => {
    schema = await postgresSchema();
    const env = { LOG_LEVEL: 'silent', DATABASE_URL: schema.databaseUrl, ALLOW_UNAUTHENTICATED_MESSAGES: 'true', MESSAGES_PER_MINUTE: '4', TOKEN_REQUESTS_PER_MINUTE: '3' };
    a = await runApp(env);
    b = await runApp(env);
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await schema?.drop();
  });

  it('count one conversation\'s messages across every instance', async () => {
    const statuses: number[] = [];
    for (const running of [a, b, a, b, a, b]) {
      statuses.push((await postBotFramework(running.url, { type: 'message', text: 'hello', conversation: { id: 'shared-conversation' } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('count token requests from one address across every instance', async () => {
    const statuses: number[] = [];
    for (const running of [a, b, a, b]) {
      statuses.push((await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('the smaller findings on one instance', { timeout: 180_000 }, () => {
  let running: RunningApp;
  let now = new Date();

  beforeAll(async () => {
    running = await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000', RETENTION_DAYS: '30' }, { now: () => now });
  });

  afterAll(async () => {
    await running?.stop();
  });

  async function typeCode(code: string): Promise<string | undefined> {
    const client = await DirectLineClient.start(running.url);
    await client.nextQuestion();
    await client.say('I have a code');
    await client.nextQuestion();
    await client.say(code);
    const replies = await client.nextQuestion();
    return [...replies].reverse().map(stepOf).find(Boolean);
  }

  async function codeFor(draftId: string): Promise<string> {
    const pepper = await running.app.stores.secrets.getOrCreate('resume-code-pepper', () => 'unused');
    const draft = setConsent(createDraft({ id: draftId, now }), true, now);
    await running.app.stores.drafts.save(draftId, draft, 0, { author: 'young_person', summary: 'seeded' });
    await running.app.stores.state.write({
      [`journey/${draftId}`]: { draftId, mode: 'standard', consent: true, position: { stage: 'aboutMe', step: Step.aboutMeStrengths }, history: [], notSureCount: 0, finished: false, resumeAttempts: 0, answered: {}, revisiting: false },
    });
    return (await new ResumeCodes(running.app.stores.state, pepper).issue(draftId, now)).code;
  }

  it('a resume code opens the draft in one conversation only', async () => {
    now = new Date();
    const code = await codeFor(randomUUID());
    expect(await typeCode(code)).toBe(Step.aboutMeStrengths);
    expect(await typeCode(code)).not.toBe(Step.aboutMeStrengths);
  });

  it('a resume code expires with the draft\'s retention', async () => {
    now = new Date();
    const code = await codeFor(randomUUID());
    now = new Date(Date.now() + 31 * 86_400_000);
    try {
      expect(await typeCode(code)).not.toBe(Step.aboutMeStrengths);
    } finally {
      now = new Date();
    }
  });

  it('"start again" keeps the count of wrong codes', async () => {
    now = new Date();
    const client = await DirectLineClient.start(running.url);
    await client.nextQuestion();
    for (let i = 0; i < 4; i++) {
      await client.say('I have a code');
      await client.nextQuestion();
      await client.say('AAA-AAA-AA2');
      await client.nextQuestion();
    }
    await client.say('start again');
    await client.nextQuestion();
    await client.say('yes');
    await client.nextQuestion();
    await client.say('I have a code');
    await client.nextQuestion();
    await client.say('AAA-AAA-AA3');
    const fifth = await client.nextQuestion();
    // The fifth wrong code in a row locks further tries, start again or not: a real code waits too.
    const code = await codeFor(randomUUID());
    await client.say('I have a code');
    await client.nextQuestion();
    await client.say(code);
    const after = await client.nextQuestion();
    expect(fifth.map((a) => a.text).join(' ')).toMatch(/wait|later|minutes/i);
    expect([...after].reverse().map(stepOf).find(Boolean)).not.toBe(Step.aboutMeStrengths);
  });

  it('refuses a Direct Line token or a download link whose last character was changed', async () => {
    const generated = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const forged = sameBytesOtherSpelling(generated.token);
    const refused = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${forged}` } });
    expect(refused.status).toBe(403);
    const accepted = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${generated.token}` } });
    expect(accepted.status).toBeLessThan(300);

    const links = await createDownloadLinks({ secrets: running.app.stores.secrets });
    const draftId = randomUUID();
    await running.app.stores.drafts.save(draftId, createDraft({ id: draftId, now: new Date() }), 0, { author: 'young_person', summary: 'seeded' });
    const { json } = await links.linksFor(draftId, 'standard', running.url);
    expect((await fetch(json)).status).toBe(200);
    const token = /\/downloads\/([^/]+)\//.exec(json)?.[1] ?? '';
    const tampered = json.replace(token, sameBytesOtherSpelling(token));
    expect(tampered).not.toBe(json);
    expect((await fetch(tampered)).status).toBe(404);
  });

  it('marks the review site\'s cookies Secure unless the site is plain http on this machine', async () => {
    const cookiesOf = (url: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve, reject) => {
        http
          .get(`${url}/review/login`, { headers }, (response) => {
            response.resume();
            resolve(String(response.headers['set-cookie'] ?? ''));
          })
          .on('error', reject);
      });
    // Without PUBLIC_URL: plain http to this machine is local development; anything else is not.
    expect(await cookiesOf(running.url)).not.toMatch(/Secure/);
    expect(await cookiesOf(running.url, { Host: 'outcomes.example.org' })).toMatch(/; Secure/);
    expect(await cookiesOf(running.url, { 'X-Forwarded-Proto': 'https' })).toMatch(/; Secure/);
    for (const [publicUrl, secure] of [
      ['http://localhost:3978', false],
      ['http://outcomes.example.org', true],
      ['https://outcomes.example.org', true],
    ] as const) {
      const other = await runApp({ LOG_LEVEL: 'silent', PUBLIC_URL: publicUrl });
      try {
        expect(await cookiesOf(other.url), publicUrl).toMatch(secure ? /; Secure/ : /^(?![\s\S]*Secure)/);
      } finally {
        await other.stop();
      }
    }
  });

  it('shows a key worker the bidirectional and zero-width characters a young person sent', async () => {
    const accounts = await createStores({ dataDir: running.dataDir });
    await accounts.keyWorkers.addKeyWorker({ email: 'ali@school.example', name: 'Ali Khan', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await accounts.close();
    const keyWorker = new Client(running.url);
    expect((await keyWorker.login('ali@school.example')).status).toBe(303);
    const code = await createInvitation(keyWorker);
    const id = randomUUID();
    const at = new Date();
    const hope = addAspiration(setYoungPerson(setConsent(createDraft({ id, now: at }), true, at), { name: 'Robin' }), 'I want to \u202Eevol\u202C live\u200Bwith my nan 👨‍👩‍👧', 'independent_living');
    await running.app.stores.drafts.save(id, setStatus(setKeyWorker(hope.draft, { invitationCode: code, shared: true }), 'submitted'), 0, { author: 'young_person', summary: 'shared' });
    const page = await (await keyWorker.get(`/review/drafts/${id}`)).text();
    expect(page).toContain('[U+202E]evol[U+202C]');
    expect(page).toContain('live[U+200B]with');
    expect(page).not.toMatch(/[\u202A-\u202E\u200B]/);
    // Emoji are not kept in plan text, and a joined one leaves no marked joiner behind.
    expect(page).not.toContain('[U+200D]');
    expect(page).not.toContain('👨');
  });
});
