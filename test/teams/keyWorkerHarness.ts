import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { setKeyWorker, type Draft } from '../../src/domain/draft';
import type { Stores } from '../../src/storage';
import { sampleDraft } from '../review/harness';
import { runApp } from '../support/inProcessApp';
import { personalChat, TeamsHarness, type TeamsPerson, person } from './teamsHarness';

export interface Profile {
  email: string;
  userPrincipalName?: string;
}

/**
 * In front of the Bot Connector stand-in: answers `GET /v3/conversations/{id}/members/{userId}`
 * (the Teams profile, from `profiles`) and passes everything else on unchanged, so the stand-in
 * still records, and checks, every message.
 */
class MembersProxy {
  readonly profiles = new Map<string, Profile>();
  private server: Server | undefined;

  async start(target: string): Promise<string> {
    this.server = createServer((req, res) =>
      void this.handle(req, target).then(({ status, body }) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      }),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, target: string): Promise<{ status: number; body: string }> {
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && member) {
      const id = decodeURIComponent(member[1]!);
      const profile = this.profiles.get(id);
      if (!profile) return { status: 404, body: JSON.stringify({ error: { code: 'MemberNotFoundInConversation', message: 'Not found' } }) };
      return { status: 200, body: JSON.stringify({ id, name: 'Teams user', givenName: 'Teams', surname: 'User', ...profile, tenantId: 'x' }) };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await fetch(new URL(req.url ?? '/', target), {
      method: req.method,
      headers: { 'Content-Type': 'application/json' },
      body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
    });
    return { status: response.status, body: await response.text() };
  }
}

/** The real app, a key worker store on its database, and Teams profiles for the people in a test. */
export class KeyWorkerTeamsHarness {
  readonly teams = new TeamsHarness();
  readonly members = new MembersProxy();
  /** The app's own stores: accounts, invitations, links, and the leads' concerns. */
  get stores(): Stores {
    return this.teams.app.stores;
  }

  get concerns(): Stores['concerns'] {
    return this.stores.concerns;
  }

  /** Every log line the app wrote, at level info and above. */
  logs: string[] = [];
  /** Everyone made with `teamsPerson`, to check that no log names them. */
  readonly people: TeamsPerson[] = [];
  private serviceUrl = '';
  readonly dir = mkdtempSync(path.join(tmpdir(), 'outcomes-kw-teams-'));

  /** As TeamsHarness.start, with the app's log kept for inspection. */
  async start(env: Record<string, string> = {}): Promise<this> {
    const standIn = await this.teams.connector.start();
    const running = await runApp({ LOG_LEVEL: 'info', ALLOW_UNAUTHENTICATED_MESSAGES: 'true', ...env }, { dataDir: this.dir });
    this.teams.app = running.app;
    this.logs = running.logLines;
    this.serviceUrl = await this.members.start(standIn);
    return this;
  }

  async stop(): Promise<void> {
    await this.members.stop();
    await this.teams.app?.close();
    await this.teams.connector.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  get connector() {
    return this.teams.connector;
  }

  /** Teams posts to /api/messages naming where replies go: here, the proxy in front of the stand-in. */
  async post(activity: Partial<Activity>): Promise<{ status: number; body: unknown }> {
    return this.teams.post({ ...activity, serviceUrl: this.serviceUrl });
  }

  async addKeyWorker(email: string, name: string, options: { code?: string; passwordHash?: string } = {}): Promise<string> {
    const added = await this.stores.keyWorkers.addKeyWorker({ email, name, passwordHash: options.passwordHash ?? 'not-used-here' }, new Date());
    if (!added) throw new Error(`could not add ${email}`);
    if (options.code) await this.stores.invitations.createInvitation({ code: options.code, keyWorkerId: added.id, createdAt: new Date().toISOString() });
    return added.id;
  }

  /** A Teams person whose profile email is `email`. */
  teamsPerson(email: string, tenantId?: string): TeamsPerson {
    const who = person(tenantId);
    this.members.profiles.set(who.id, { email });
    this.people.push(who);
    return who;
  }

  async saveDraft(draft: Draft, author: 'young_person' | 'key_worker' = 'young_person'): Promise<void> {
    const current = await this.teams.app.stores.drafts.get(draft.id);
    await this.teams.app.stores.drafts.save(draft.id, draft, current?.version ?? 0, { author, summary: 'test change' });
  }

  /** A young person's draft shared with the key worker who gave out `code`. */
  async sharedDraft(id: string, code: string, name = `Young ${id}`): Promise<Draft> {
    const draft = sampleDraft({ id, invitationCode: code, shared: true, name });
    await this.saveDraft(draft);
    return draft;
  }

  async draft(id: string): Promise<{ draft: Draft; version: number } | undefined> {
    const stored = await this.teams.app.stores.drafts.get(id);
    return stored ? { draft: stored.draft, version: stored.version } : undefined;
  }

  async share(id: string, shared: boolean): Promise<void> {
    const current = await this.draft(id);
    if (!current) throw new Error(`no draft ${id}`);
    await this.saveDraft(setKeyWorker(current.draft, { shared }));
  }
}

export { personalChat };

/** The Adaptive Cards of these messages (one per message for key worker cards). */
export const cardsIn = (messages: readonly Partial<Activity>[]): Record<string, unknown>[] =>
  messages.flatMap((m) => (m.attachments ?? []).map((a) => a.content as Record<string, unknown>));

/** Everything a card says, for checking what a key worker sees. */
export const cardText = (card: unknown): string => JSON.stringify(card);

interface CardAction {
  type: string;
  title?: string;
  verb?: string;
  url?: string;
  data?: Record<string, unknown>;
  card?: { actions?: CardAction[] };
}

/** An action of a card by its title, looking inside Action.ShowCard too. */
export function actionOf(card: unknown, title: string): CardAction | undefined {
  const actions = ((card as { actions?: CardAction[] }).actions ?? []).flatMap((a) => [a, ...(a.card?.actions ?? [])]);
  return actions.find((a) => a.title === title);
}

/** The status a key worker card shows. */
export function statusOn(card: unknown): string | undefined {
  const body = (card as { body?: { type: string; facts?: { title: string; value: string }[] }[] }).body ?? [];
  return body.find((b) => b.type === 'FactSet')?.facts?.find((f) => f.title === 'Status')?.value;
}
