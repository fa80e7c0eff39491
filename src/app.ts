import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { createBot, type BuiltBot } from '../bots/createBot';
import { ResumeCodes } from './storage/resumeCodes';
import type { SessionServices } from '../dialogs/session';
import { createAdapterDelivery, registerDirectLine, type DirectLineChannel } from './channel';
import type { Config } from './config';
import { createDownloadLinks, downloadsForDraft, registerDownloads } from './export';
import { createWords } from './i18n';
import type { Logger } from './log';
import { startRetentionJob } from './retention/retentionJob';
import { openKeyWorkerStore, registerReviewSite, type SendToConversation } from './review';
import { analyseDraftOutcomes } from './review/draftAnalysis';
import { normaliseInvitationCode } from './review/invitationCodes';
import { invitationUsable } from './review/keyWorkerStore';
import { keyWorkerNotifier } from './review/keyWorkerNotify';
import { smtpMailer } from './review/mailer';
import { youngPersonNotifier } from './review/notify';
import { TeamsProactive } from './teams/keyWorkerProactive';
import { KeyWorkerTeams } from './teams/keyWorkerTurns';
import { TEAMS_CHANNEL_ID } from './teams/teamsIdentity';
import { limiterFactory } from './security/sharedLimiter';
import { createServer } from './server';
import { createStores } from './storage';
import { openConcernStore } from './safeguarding/concernStore';
import { smtpMailer as safeguardingSmtpMailer } from './safeguarding/mailer';
import { leadNotifier, type NoticeOfConcern } from './safeguarding/notifyLeads';
import { Safeguarding } from './safeguarding/service';
import type { Stores } from './storage/types';

export interface App {
  server: Server;
  /** Where the server listens, e.g. http://127.0.0.1:3978 */
  url: string;
  stores: Stores;
  bot: BuiltBot;
  channel: DirectLineChannel;
  close(): Promise<void>;
}

/**
 * The one place that wires the parts together: storage, words, the bot, the local channel and the
 * web server. `src/index.ts` runs it for `npm start`; HTTP tests run it on a free port.
 */
export async function startApp(options: { config: Config; log: Logger; now?: () => Date }): Promise<App> {
  const { config, log } = options;
  const stores = await createStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const words = createWords({ onMissing: (key) => log.error({ key }, 'content key missing') });
  const pepper = await stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
  const links = await createDownloadLinks({ secrets: stores.secrets, publicUrl: config.publicUrl });
  // Without PUBLIC_URL, download links name this machine; the real port is known once listening.
  let localOrigin = `http://localhost:${config.port}`;
  const keyWorkers = await openKeyWorkerStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const concerns = await openConcernStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const now = options.now ?? (() => new Date());
  // Leads are told through Teams and email, which are wired once the bot exists (below).
  let notifyLeads: (notice: NoticeOfConcern) => Promise<void> = async () => {};
  const safeguarding = new Safeguarding({ concerns, keyWorkers, notify: (notice) => notifyLeads(notice), now, log });
  if (!(await safeguarding.hasLead())) {
    log.warn('no safeguarding lead: concerns are kept in the queue but nobody is told; add one with npm run keyworker -- lead <email>');
  }
  const services: SessionServices = {
    storage: stores.state,
    drafts: stores.drafts,
    words,
    now,
    resumeCodes: new ResumeCodes(stores.state, pepper, config.retentionDays),
    forgetConversation: (id) => stores.directLine.clearActivities(id),
    purgeDeleted: () => stores.purgeDeleted(),
    downloadsFor: downloadsForDraft({ drafts: stores.drafts, links, origin: () => localOrigin }),
    invitationExists: async (code) => {
      const invitation = await keyWorkers.findInvitation(normaliseInvitationCode(code));
      return Boolean(invitation && invitationUsable(invitation, now()));
    },
    rememberConversation: (draftId, conversation) => keyWorkers.rememberConversation(draftId, conversation, new Date()),
    safeguarding,
    log,
  };
  const bot = createBot({ config, services, log });
  let channel: DirectLineChannel | undefined;
  // A young person is told about a key worker's change in their web chat or in their Teams chat.
  const teamsProactive = new TeamsProactive({ adapter: bot.adapter, appId: bot.appId, store: keyWorkers, log, now: services.now });
  const sendToYoungPerson: SendToConversation = Object.assign(
    async (conversationId: string, activities: Partial<Activity>[], channelId: string): Promise<unknown> => {
      if (channelId === TEAMS_CHANNEL_ID) return teamsProactive.send(conversationId, () => activities);
      if (!channel) throw new Error('the web chat channel is not running');
      return channel.appendBotActivities(conversationId, activities);
    },
    { channels: ['directline', TEAMS_CHANNEL_ID] },
  );
  const reviewUrl = (draftId: string) => `${config.publicUrl ?? localOrigin}/review/drafts/${encodeURIComponent(draftId)}`;
  const keyWorkerTeams = new KeyWorkerTeams({
    store: keyWorkers,
    drafts: stores.drafts,
    state: stores.state,
    proactive: teamsProactive,
    log,
    now: services.now,
    reviewUrl,
    notifyYoungPerson: youngPersonNotifier({ store: async () => keyWorkers, words, send: sendToYoungPerson, log }),
  });
  bot.bot.routeKeyWorkersTo(keyWorkerTeams);
  const mailer = config.email ? smtpMailer(config.email) : undefined;
  services.draftSentToKeyWorker = keyWorkerNotifier({ store: keyWorkers, mailer, reviewUrl, teams: keyWorkerTeams, log });
  const leadMailer = config.safeguardingEmail
    ? safeguardingSmtpMailer({ url: config.safeguardingEmail.smtpUrl, from: config.safeguardingEmail.from })
    : undefined;
  notifyLeads = leadNotifier({
    concerns,
    keyWorkers,
    teams: teamsProactive,
    mailer: leadMailer,
    concernUrl: (id) => `${config.publicUrl ?? localOrigin}/review/safeguarding/${encodeURIComponent(id)}`,
    log,
  });
  const retention = startRetentionJob({
    drafts: stores.drafts,
    state: stores.state,
    directLine: stores.directLine,
    concerns,
    retentionDays: config.retentionDays,
    now: services.now,
    log,
    purgeDeleted: () => stores.purgeDeleted(),
  });
  let review: { close(): Promise<void> } | undefined;
  const proxy = { hops: config.trustProxyHops };
  const limiters = limiterFactory(stores.postgresPool);
  if (config.allowUnauthenticatedMessages) {
    log.warn('ALLOW_UNAUTHENTICATED_MESSAGES is on: /api/messages serves this machine without authentication. For local development only.');
  }
  const server = createServer({
    log,
    adapter: bot.adapter,
    logic: bot.logic,
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
        deliver: createAdapterDelivery(bot.adapter, bot.logic, { appId: bot.appId }),
        settings: config.directLine,
        publicUrl: config.publicUrl,
        log,
        botId: bot.appId ?? 'outcomes-bot',
        botName: words.forMode('standard')('common:botName'),
        limiters,
        proxy,
      });
      registerDownloads(app, { drafts: stores.drafts, links, log });
      review = registerReviewSite(app, {
        drafts: stores.drafts,
        keyWorkers,
        concerns,
        log,
        publicUrl: config.publicUrl,
        proxy,
        words,
        analyse: (draft) => analyseDraftOutcomes(draft, services.now()),
        sendToConversation: sendToYoungPerson,
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as AddressInfo;
  localOrigin = `http://localhost:${address.port}`;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  log.info({ url: config.publicUrl ?? url, engine: stores.engine }, 'Outcomes Bot is listening');
  return {
    server,
    url,
    stores,
    bot,
    channel: channel!,
    async close() {
      await channel?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await retention.stop();
      await safeguarding.settled();
      leadMailer?.close();
      mailer?.close();
      await review?.close();
      await concerns.close();
      await stores.close();
    },
  };
}
