import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import type { App } from '../../src/app';
import { runApp } from '../support/inProcessApp';
import { ConnectorStandIn } from './connectorStandIn';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const OTHER_TENANT = '3c1e7a7e-0000-4f5b-9d0e-1a2b3c4d5e6f';
export const BOT = { id: '28:0b7c5f2e-1d3a-4e6b-9c8d-7a6b5c4d3e2f', name: 'Outcomes Bot' };

export interface TeamsPerson {
  /** The Teams user id (29:...), different in every tenant. */
  id: string;
  aadObjectId: string;
  name: string;
  tenantId: string;
}

export function person(tenantId = TENANT): TeamsPerson {
  return { id: `29:1${randomUUID().replace(/-/g, '')}`, aadObjectId: randomUUID(), name: 'Sam Pupil', tenantId };
}

export const personalChat = () => `a:1${randomUUID().replace(/-/g, '')}`;

/** The real app on a free port, with replies going to a local stand-in for the Bot Connector. */
export class TeamsHarness {
  readonly connector = new ConnectorStandIn();
  app!: App;
  private serviceUrl = '';
  private dir = '';
  private sequence = 1_700_000_000_000;

  async start(env: Record<string, string> = {}): Promise<this> {
    this.serviceUrl = await this.connector.start();
    this.dir = mkdtempSync(path.join(tmpdir(), 'outcomes-teams-'));
    // Teams is played by a stand-in on this machine without tokens: local development mode.
    this.app = (await runApp({ LOG_LEVEL: 'silent', ALLOW_UNAUTHENTICATED_MESSAGES: 'true', ...env }, { dataDir: this.dir })).app;
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.connector.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** An activity as Teams sends it for a one-to-one chat with the bot. */
  activity(who: TeamsPerson, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
    const id = String(this.sequence++);
    return {
      id,
      timestamp: new Date(),
      localTimestamp: new Date(),
      localTimezone: 'Europe/London',
      serviceUrl: this.serviceUrl,
      channelId: 'msteams',
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      conversation: { id: conversationId, conversationType: 'personal', tenantId: who.tenantId, isGroup: false } as Activity['conversation'],
      recipient: BOT,
      locale: 'en-GB',
      entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
      channelData: { tenant: { id: who.tenantId } },
      ...fields,
    };
  }

  message(who: TeamsPerson, conversationId: string, text: string): Partial<Activity> {
    return this.activity(who, conversationId, { type: 'message', text, textFormat: 'plain' });
  }

  /** What Teams sends when the person adds the app for themselves. */
  installed(who: TeamsPerson, conversationId: string): Partial<Activity> {
    return this.activity(who, conversationId, {
      type: 'installationUpdate',
      action: 'add',
      channelData: { tenant: { id: who.tenantId }, source: { name: 'message' } },
    });
  }

  /** Pressing an Action.Execute button on a card the bot sent (`cardId` is that message's id). */
  pressed(who: TeamsPerson, conversationId: string, cardId: string, action: { title?: string; verb?: string; data?: unknown }): Partial<Activity> {
    return this.activity(who, conversationId, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      value: { action: { type: 'Action.Execute', id: randomUUID(), ...action }, trigger: 'manual' },
    });
  }

  async post(activity: Partial<Activity>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }
}

export interface OutcomesData {
  step?: string;
  topic?: string;
  mode?: string;
  resumeCode?: string;
}

export const outcomesOf = (activity: Partial<Activity> | undefined): OutcomesData =>
  ((activity?.channelData as { outcomes?: OutcomesData } | undefined)?.outcomes ?? {});

/** The step of the last question among these messages. */
export const lastStep = (messages: readonly Partial<Activity>[]): string | undefined =>
  [...messages].reverse().map((m) => outcomesOf(m).step).find(Boolean);
