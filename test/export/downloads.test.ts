import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import mammoth from 'mammoth';
import pino from 'pino';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSchema, setYoungPerson } from '../../src/domain/draft';
import { DRAFT_JSON_SCHEMA_ID } from '../../src/domain/draftJsonSchema';
import { createDownloadLinks, downloadsForDraft, registerDownloads, type DownloadLinks } from '../../src/export';
import { createWords } from '../../src/i18n';
import { createStores } from '../../src/storage';
import type { Stores } from '../../src/storage/types';
import { sampleDraft } from './sampleDraft';

const DAY = 24 * 60 * 60 * 1000;

let stores: Stores;
let server: restify.Server;
let baseUrl: string;
let clock = Date.now();
let links: DownloadLinks;
const logLines: string[] = [];

beforeAll(async () => {
  stores = await createStores({ dataDir: mkdtempSync(path.join(tmpdir(), 'outcomes-downloads-')) });
  const log = pino({ level: 'debug' }, new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(chunk.toString()), done()) }));
  links = await createDownloadLinks({ secrets: stores.secrets, now: () => clock });
  server = restify.createServer({ handleUncaughtExceptions: false });
  registerDownloads(server, { drafts: stores.drafts, links, words: createWords(), log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await stores.close();
});

async function saveDraft(id: string, mode: 'standard' | 'easy_read' = 'standard') {
  const draft = setYoungPerson({ ...sampleDraft({ flag: true }), id }, { readingMode: mode });
  await stores.drafts.save(id, draft, 0, { author: 'young_person', summary: 'test' });
  return draft;
}

async function expectNotFound(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toMatchObject({ error: { code: 'NotFound' } });
}

describe('download links', () => {
  it('serve the person’s draft in all three formats, with no header needed', async () => {
    const draft = await saveDraft('draft-all-formats');
    const urls = await links.linksFor(draft.id, 'standard', baseUrl);

    const json = await fetch(urls.json);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="outcomes-draft.json"');
    expect(json.headers.get('cache-control')).toBe('no-store');
    const body = draftSchema.parse(await json.json());
    expect(body).toEqual({ ...draft, flags: [] });

    const html = await fetch(urls.html);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe('inline; filename="outcomes-draft.html"');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.headers.get('cache-control')).toBe('no-store');
    expect(await html.text()).toContain('<span class="title">Outcomes</span>');

    const docx = await fetch(urls.docx);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="outcomes-draft.docx"');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text).toContain('By next summer I will take the bus to town and back on my own');
  });

  it('use the reading mode the link was made for', async () => {
    const draft = await saveDraft('draft-easy-read', 'easy_read');
    const downloadsFor = downloadsForDraft({ links, origin: () => baseUrl });
    const urls = await downloadsFor(draft);
    expect(urls.html.startsWith(`${baseUrl}/downloads/`)).toBe(true);
    expect(await (await fetch(urls.html)).text()).toContain('My goals');
  });

  it('fit in one path segment for a real draft id', async () => {
    const draft = await saveDraft(randomUUID());
    const urls = await links.linksFor(draft.id, 'easy_read', baseUrl);
    expect(urls.docx.split('/')[4]!.length).toBeLessThanOrEqual(100);
    expect((await fetch(urls.docx)).status).toBe(200);
  });

  it('point at the public URL when one is set', async () => {
    const publicLinks = await createDownloadLinks({ secrets: stores.secrets, publicUrl: 'https://outcomes.example.org/' });
    const urls = await publicLinks.linksFor('draft-x', 'standard', baseUrl);
    expect(urls.docx).toMatch(/^https:\/\/outcomes\.example\.org\/downloads\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\/draft\.docx$/);
  });

  it('refuse a changed, made-up or malformed token', async () => {
    await saveDraft('draft-tamper');
    await saveDraft('draft-other');
    const urls = await links.linksFor('draft-tamper', 'standard', baseUrl);
    const token = urls.json.split('/')[4]!;
    const [body, signature] = token.split('.') as [string, string];
    // Same mode and expiry, another draft's id, the original signature.
    const forgedBody = Buffer.concat([Buffer.from(body, 'base64url').subarray(0, 5), Buffer.from('draft-other')]).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expectNotFound(`${baseUrl}/downloads/${forgedBody}.${signature}/draft.json`);
    await expectNotFound(`${baseUrl}/downloads/${body}.${flipped}/draft.json`);
    await expectNotFound(`${baseUrl}/downloads/${body}/draft.json`);
    await expectNotFound(`${baseUrl}/downloads/not-a-token/draft.html`);
    await expectNotFound(`${baseUrl}/downloads/${token}/draft.pdf`);
    expect(links.verify(token)).toEqual({ draftId: 'draft-tamper', mode: 'standard' });
  });

  it('stop working after 30 days', async () => {
    await saveDraft('draft-expiry');
    const urls = await links.linksFor('draft-expiry', 'standard', baseUrl);
    clock += 29 * DAY;
    expect((await fetch(urls.json)).status).toBe(200);
    clock += 2 * DAY;
    await expectNotFound(urls.json);
  });

  it('stop working when the draft is deleted', async () => {
    await saveDraft('draft-deleted');
    const urls = await links.linksFor('draft-deleted', 'standard', baseUrl);
    await stores.drafts.delete('draft-deleted');
    await expectNotFound(urls.docx);
    await expectNotFound(urls.html);
  });

  it('survive a restart: the signing key is kept in storage', async () => {
    await saveDraft('draft-restart');
    const urls = await links.linksFor('draft-restart', 'standard', baseUrl);
    const again = await createDownloadLinks({ secrets: stores.secrets, now: () => clock });
    expect(again.verify(urls.json.split('/')[4]!)).toEqual({ draftId: 'draft-restart', mode: 'standard' });
  });

  it('never log the token or the person’s words', () => {
    const logs = logLines.join('\n');
    expect(logs).toContain('draft downloaded');
    expect(logs).not.toContain('/downloads/');
    expect(logs).not.toContain('Maya');
    expect(logs).not.toContain('bus to town');
  });
});

describe('GET /schema/outcomes-draft-1.json', () => {
  it('serves the JSON Schema of outcomes-draft/1', async () => {
    const response = await fetch(`${baseUrl}/schema/outcomes-draft-1.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    const schema = (await response.json()) as { $id: string; title: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe(DRAFT_JSON_SCHEMA_ID);
    expect(schema.$id).toContain('outcomes-draft-1');
    expect(schema.title).toContain('outcomes-draft/1');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schema', 'aspirations', 'needs', 'outcomes']));
  });
});
