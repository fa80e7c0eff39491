import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, CloudAdapter } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { registerReviewSite, type ReviewSiteDeps } from '../../src/review';
import { youngPersonNotifier } from '../../src/review/notify';
import { hashPassword } from '../../src/review/passwords';
import { createServer } from '../../src/server';
import { createStores, type Stores } from '../../src/storage';
import { draftFrom } from '../support/draftFixture';

export const PASSWORD = 'correct horse battery';

export interface Site {
  url: string;
  stores: Stores;
  /** Activities the site sent to young people's conversations. */
  sent: { conversationId: string; activities: Partial<Activity>[] }[];
  clock: { now: Date };
  close(): Promise<void>;
}

/** The real server (as `npm start` builds it, without a bot) with the review site on a fresh SQLite file. */
export async function startSite(options: Partial<Pick<ReviewSiteDeps, 'throttle' | 'sessionTtlMs' | 'publicUrl'>> = {}): Promise<Site> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'review-test-'));
  const stores = await createStores({ dataDir });
  const sent: Site['sent'] = [];
  const clock = { now: new Date() };
  const log = createLogger({ level: 'silent' });
  const words = createWords();
  const server = createServer({
    log,
    // The bot endpoint is not under test here.
    adapter: {} as unknown as CloudAdapter,
    authentication: {} as unknown as BotFrameworkAuthentication,
    logic: async () => {},
    ready: () => stores.ping(),
    mount: (app) =>
      registerReviewSite(app, {
        stores,
        log,
        words,
        now: () => clock.now,
        notifyYoungPerson: youngPersonNotifier({
          chatLinks: stores.chatLinks,
          words,
          log,
          send: async (conversationId, activities) => {
            sent.push({ conversationId, activities });
            return [];
          },
        }),
        ...options,
      }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stores,
    sent,
    clock,
    async close() {
      server.close();
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function addKeyWorker(site: Site, email: string, name: string): Promise<string> {
  const added = await site.stores.keyWorkers.addKeyWorker({ email, name, passwordHash: await hashPassword(PASSWORD) }, new Date());
  if (!added) throw new Error(`could not add ${email}`);
  return added.id;
}

/** A browser-like client: keeps cookies, does not follow redirects (tests look at them). */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    /** Sent with every request (e.g. X-Forwarded-For, as a proxy would add). */
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request(method: 'GET' | 'POST', route: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { ...this.extraHeaders };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(this.base + route, {
      method,
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get(route: string): Promise<Response> {
    return this.request('GET', route);
  }

  post(route: string, form: Record<string, string>): Promise<Response> {
    return this.request('POST', route, form);
  }

  /** The CSRF token of the first form on a page. */
  async csrfFrom(route: string): Promise<string> {
    const page = await (await this.get(route)).text();
    const match = /name="csrf" value="([^"]+)"/.exec(page);
    if (!match?.[1]) throw new Error(`no CSRF token on ${route}`);
    return match[1];
  }

  async login(email: string, password = PASSWORD): Promise<Response> {
    const csrf = await this.csrfFrom('/review/login');
    return this.post('/review/login', { csrf, email, password });
  }
}

export const XSS = '<script>alert(1)</script>';
export const MARKDOWN = '**bold** [click](javascript:alert(2)) <img src=x onerror=alert(3)>';

/** A draft shaped as the journey leaves it, with the young person's words set to awkward text. */
export function sampleDraft(options: { id: string; invitationCode?: string; shared?: boolean; flag?: boolean; name?: string }): Draft {
  return draftFrom({
    id: options.id,
    now: new Date('2025-03-10T10:00:00.000Z'),
    person: { name: options.name ?? `Alex ${XSS}`, age: 15, schoolYear: 10 },
    aboutMe: [['strengths', `I am good with animals ${MARKDOWN}`]],
    ...(options.flag ? { flag: { category: 'harm_at_home', step: 'hopes.dream' } } : {}),
    outcomes: [
      {
        hope: 'I want to work with horses',
        theme: 'learning_and_work',
        need: 'Reading long instructions is hard',
        needSection: 'education',
        statement: 'By the end of Year 11 I will follow a written stable routine on my own',
        when: { phrase: 'by the end of Year 11', date: '2027-07-31' },
        confirmed: true,
        provision: [['Picture cards for each step', 'education']],
      },
      { hope: 'I want to work with horses', theme: 'learning_and_work', statement: 'I will make a friend at the yard' },
    ],
    ...(options.invitationCode !== undefined ? { keyWorker: { invitationCode: options.invitationCode, shared: options.shared ?? true } } : {}),
  });
}

export async function saveDraft(site: Site, draft: Draft): Promise<void> {
  const current = await site.stores.drafts.get(draft.id);
  await site.stores.drafts.save(draft.id, draft, current?.version ?? 0, { author: 'young_person', summary: 'test draft' });
}

/** Creates an invitation through the site and returns its code as shown on the page. */
export async function createInvitation(client: Client, note = ''): Promise<string> {
  const csrf = await client.csrfFrom('/review');
  const before = new Set(await invitationCodes(client));
  const response = await client.post('/review/invitations', { csrf, note });
  if (response.status !== 303) throw new Error(`invitation not created: ${response.status}`);
  const code = (await invitationCodes(client)).find((c) => !before.has(c));
  if (!code) throw new Error('new invitation not listed');
  return code;
}

export async function invitationCodes(client: Client): Promise<string[]> {
  const page = await (await client.get('/review')).text();
  return [...page.matchAll(/<span class="code"[^>]*>([A-Z0-9-]+)<\/span>/g)].map((m) => m[1] ?? '');
}

export const draftUrl = (id: string): string => `/review/drafts/${id}`;

/** A draft as stored, parsed with its schema. */
export async function storedDraftOn(site: Site, id: string): Promise<Draft> {
  return (await site.stores.drafts.get(id))!.draft;
}

/**
 * The review tests' usual start: a fresh site with two key workers signed in, Sam (who has made an
 * invitation for a Year 10 pupil) and Kim (who has not).
 */
export async function twoKeyWorkers(): Promise<{ site: Site; sam: Client; kim: Client; samCode: string }> {
  const site = await startSite();
  await addKeyWorker(site, 'sam@school.example', 'Sam Jones');
  await addKeyWorker(site, 'kim@council.example', 'Kim Lee');
  const sam = new Client(site.url);
  const kim = new Client(site.url);
  await sam.login('sam@school.example');
  await kim.login('kim@council.example');
  return { site, sam, kim, samCode: await createInvitation(sam, 'Year 10') };
}
