import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type Activity,
  type BotAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { AboutMeDialog } from '../dialogs/aboutMeDialog';
import { HopesDialog } from '../dialogs/hopesDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { NeedsDialog } from '../dialogs/needsDialog';
import { OutcomeDialog } from '../dialogs/outcomeDialog';
import { ReviewDialog } from '../dialogs/reviewDialog';
import type { SessionServices } from '../dialogs/session';
import { WelcomeDialog } from '../dialogs/welcomeDialog';
import type { BotEdge, BotEdgeParts } from '../src/botEdge';
import type { Config } from '../src/config';
import { ErrorCode } from '../src/errors';
import { errorSummary, hashId, type Logger } from '../src/log';
import { keyWorkerNotifier } from '../src/review/keyWorkerNotify';
import { youngPersonNotifier, type SendToConversation } from '../src/review/notify';
import { OutcomesBot, type KeyWorkerRouting } from './outcomesBot';
import { createSessionServices } from './sessionServices';
import { TeamsProactive } from './teams/keyWorkerProactive';
import { KeyWorkerTeams } from './teams/keyWorkerTurns';
import { TEAMS_CHANNEL_ID } from './teams/teamsIdentity';
import { ReusedClientsAuthentication } from './reusedClients';

/**
 * The whole Bot Framework edge, built from the app's parts: the adapter, the session services, the
 * key workers' side in Teams, and the bot that runs the journey.
 */
export function createBot(parts: BotEdgeParts): BotEdge & { bot: OutcomesBot } {
  const { config, log, now, stores, words } = parts;
  const { adapter, authentication } = createAdapter(config);
  const appId = config.microsoftApp?.id;
  const proactive = new TeamsProactive({ adapter, appId, teamsLinks: stores.teamsLinks, log, now });
  // A young person is told about a key worker's change in their web chat or in their Teams chat.
  const sendToConversation: SendToConversation = Object.assign(
    async (conversationId: string, activities: Partial<Activity>[], channelId: string): Promise<unknown> =>
      channelId === TEAMS_CHANNEL_ID ? proactive.send(conversationId, () => activities) : parts.sendToWebChat(conversationId, activities),
    { channels: ['directline', TEAMS_CHANNEL_ID] },
  );
  // One notice, the same whether the key worker acted on the review site or on a Teams card.
  const notifyYoungPerson = youngPersonNotifier({ chatLinks: stores.chatLinks, words, send: sendToConversation, log });
  const keyWorkerTeams = new KeyWorkerTeams({
    drafts: stores.drafts,
    keyWorkers: stores.keyWorkers,
    invitations: stores.invitations,
    teamsLinks: stores.teamsLinks,
    state: stores.state,
    proactive,
    log,
    now,
    reviewUrl: parts.reviewUrl,
    notifyYoungPerson,
  });
  const draftSentToKeyWorker = keyWorkerNotifier({ invitations: stores.invitations, mailer: parts.mailer, reviewUrl: parts.reviewUrl, teams: keyWorkerTeams, log });
  const services = createSessionServices(parts, draftSentToKeyWorker);
  const { bot, logic } = createOutcomesBot({ adapter, services, keyWorkers: keyWorkerTeams, allowedTenants: config.allowedTenants, log });
  return { bot, adapter, authentication, logic, appId, notifyYoungPerson, teams: proactive };
}

function createAdapter(config: Config): { adapter: CloudAdapter; authentication: BotFrameworkAuthentication } {
  const app = config.microsoftApp;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: app?.id ?? '',
    MicrosoftAppPassword: app?.password ?? '',
    MicrosoftAppTenantId: app?.tenantId ?? '',
    MicrosoftAppType: app ? app.type : '',
  } satisfies ConfigurationBotFrameworkAuthenticationOptions);
  // Connector and token clients are made once and reused, not rebuilt for every turn.
  const authentication = new ReusedClientsAuthentication(auth);
  return { adapter: new CloudAdapter(authentication), authentication };
}

/** The journey's bot on an adapter (the Bot Framework's, or a test's), with its turn error handler. */
export function createOutcomesBot(deps: {
  adapter: BotAdapter;
  services: SessionServices;
  keyWorkers?: KeyWorkerRouting;
  allowedTenants?: readonly string[];
  log: Logger;
}): { bot: OutcomesBot; logic: (context: TurnContext) => Promise<void> } {
  const { adapter, services, log } = deps;
  const dialog = new MainDialog([new WelcomeDialog(), new AboutMeDialog(), new HopesDialog(), new NeedsDialog(), new OutcomeDialog(), new ReviewDialog(services.downloadsFor)]);
  const bot = new OutcomesBot({
    conversationState: new ConversationState(services.storage),
    dialog,
    services,
    ...(deps.keyWorkers ? { keyWorkers: deps.keyWorkers } : {}),
    ...(deps.allowedTenants ? { allowedTenants: deps.allowedTenants } : {}),
    log,
  });
  adapter.onTurnError = async (context, error) => {
    // The person's words never reach the log: only the error and a hashed conversation id.
    log.error(
      { code: ErrorCode.turnFailed, err: errorSummary(error), conversation: hashId(context.activity.conversation?.id ?? '') },
      'turn failed',
    );
    await bot.recover(context);
  };
  return { bot, logic: (context) => bot.run(context) };
}
