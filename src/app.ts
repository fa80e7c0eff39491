import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { BotEdge, BuildBotEdge } from './botEdge';
import { createAdapterDelivery, registerDirectLine, type DirectLineChannel } from './channel';
import type { Config } from './config';
import { createDownloadLinks, downloadsForDraft, registerDownloads } from './export';
import { createWords } from './i18n';
import { warmUpLanguage } from './language';
import type { Logger } from './log';
import { startRetentionJob } from './retention/retentionJob';
import { registerReviewSite } from './review';
import { analyseDraftOutcomes } from './review/draftAnalysis';
import { smtpMailer } from './mailer';
import { limiterFactory } from './security/sharedLimiter';
import { createServer } from './server';
import { createStores, invitationUsable } from './storage';
import { leadNotifier, type NoticeOfConcern } from './safeguarding/notifyLeads';
import { Safeguarding } from './safeguarding/service';
import type { Stores } from './storage/types';

export interface App {
  server: Server;
  /** Where the server listens, e.g. http://127.0.0.1:3978 */
  url: string;
  stores: Stores;
  edge: BotEdge;
  channel: DirectLineChannel;
  close(): Promise<void>;
}

/**
 * Wires the parts together: storage, words, the local channel and the web server, around a bot
 * edge built by `buildEdge` from what is wired here. `bots/main.ts` runs it with the Bot Framework
 * edge for `npm start`; HTTP tests run it on a free port.
 */
export async function startApp(options: { config: Config; log: Logger; now?: () => Date; buildEdge: BuildBotEdge }): Promise<App> {
  const { config, log } = options;
  const stores = await createStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const words = createWords({ onMissing: (key) => log.error({ key }, 'content key missing') });
  const pepper = await stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
  const links = await createDownloadLinks({ secrets: stores.secrets, publicUrl: config.publicUrl });
  // Without PUBLIC_URL, download links name this machine; the real port is known once listening.
  let localOrigin = `http://localhost:${config.port}`;
  const now = options.now ?? (() => new Date());
  // Leads are told through Teams and email, which are wired once the bot exists (below).
  let notifyLeads: (notice: NoticeOfConcern) => Promise<void> = async () => {};
  const safeguarding = new Safeguarding({ concerns: stores.concerns, invitations: stores.invitations, notify: (notice) => notifyLeads(notice), now, log });
  if (!(await safeguarding.hasLead())) {
    log.warn('no safeguarding lead: concerns are kept in the queue but nobody is told; add one with npm run keyworker -- lead <email>');
  }
  const reviewUrl = (draftId: string) => `${config.publicUrl ?? localOrigin}/review/drafts/${encodeURIComponent(draftId)}`;
  const mailer = config.email ? smtpMailer(config.email) : undefined;
  let channel: DirectLineChannel | undefined;
  const edge = options.buildEdge({
    config,
    log,
    now,
    stores,
    words,
    safeguarding,
    resumeCodePepper: pepper,
    downloadsFor: downloadsForDraft({ links, origin: () => localOrigin }),
    reviewUrl,
    mailer,
    sendToWebChat: async (conversationId, activities) => {
      if (!channel) throw new Error('the web chat channel is not running');
      return channel.appendBotActivities(conversationId, activities);
    },
  });
  const leadMailer = config.safeguardingEmail
    ? smtpMailer({ smtpUrl: config.safeguardingEmail.smtpUrl, from: config.safeguardingEmail.from })
    : undefined;
  notifyLeads = leadNotifier({
    concerns: stores.concerns,
    teamsLinks: stores.teamsLinks,
    teams: edge.teams,
    mailer: leadMailer,
    concernUrl: (id) => `${config.publicUrl ?? localOrigin}/review/safeguarding/${encodeURIComponent(id)}`,
    log,
  });
  const retention = startRetentionJob({
    drafts: stores.drafts,
    state: stores.state,
    directLine: stores.directLine,
    concerns: stores.concerns,
    retentionDays: config.retentionDays,
    now,
    log,
    purgeDeleted: () => stores.purgeDeleted(),
  });
  const proxy = { hops: config.trustProxyHops };
  const limiters = limiterFactory(stores.postgresPool);
  if (config.allowUnauthenticatedMessages) {
    log.warn('ALLOW_UNAUTHENTICATED_MESSAGES is on: /api/messages serves this machine without authentication. For local development only.');
  }
  const server = createServer({
    log,
    adapter: edge.adapter,
    authentication: edge.authentication,
    logic: edge.logic,
    appId: config.microsoftApp?.id,
    allowUnauthenticated: config.allowUnauthenticatedMessages,
    proxy,
    limiters,
    rateLimits: config.rateLimits,
    ready: () => stores.ping(),
    mount: (app) => {
      channel = registerDirectLine(app, {
        store: stores.directLine,
        secrets: stores.secrets,
        deliver: createAdapterDelivery(edge.adapter, edge.logic, { appId: edge.appId, botFrameworkAuthentication: edge.authentication }),
        settings: config.directLine,
        publicUrl: config.publicUrl,
        log,
        botId: edge.appId ?? 'outcomes-bot',
        botName: words.forMode('standard')('common:botName'),
        limiters,
        proxy,
      });
      registerDownloads(app, { drafts: stores.drafts, links, words, log });
      registerReviewSite(app, {
        stores,
        log,
        publicUrl: config.publicUrl,
        proxy,
        words,
        analyse: (draft) => analyseDraftOutcomes(draft, now()),
        notifyYoungPerson: edge.notifyYoungPerson,
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as AddressInfo;
  localOrigin = `http://localhost:${address.port}`;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  log.info({ url: config.publicUrl ?? url, engine: stores.engine }, 'Outcomes Bot is listening');
  // The readers' one-off setup, done once the first reply has gone (or two seconds after listening)
  // rather than on the first typed answer, so it holds up neither; it gives way to requests.
  const warmUp = () => {
    clearTimeout(warmUpTimer);
    server.removeListener('after', warmUp);
    warmUpLanguage(now().toISOString().slice(0, 10)).catch((error: unknown) => log.warn({ err: error }, 'language warm-up failed'));
  };
  const warmUpTimer = setTimeout(warmUp, 2000).unref();
  server.once('after', warmUp);
  return {
    server,
    url,
    stores,
    edge,
    channel: channel!,
    async close() {
      clearTimeout(warmUpTimer);
      await channel?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await retention.stop();
      await safeguarding.settled();
      leadMailer?.close();
      mailer?.close();
      await stores.close();
    },
  };
}
