import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { AboutMeDialog } from '../dialogs/aboutMeDialog';
import { HopesDialog } from '../dialogs/hopesDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { NeedsDialog } from '../dialogs/needsDialog';
import { OutcomeDialog } from '../dialogs/outcomeDialog';
import { ReviewDialog } from '../dialogs/reviewDialog';
import type { SessionServices } from '../dialogs/session';
import { WelcomeDialog } from '../dialogs/welcomeDialog';
import { ErrorCode } from '../src/errors';
import type { Config } from '../src/config';
import { errorSummary, hashId, type Logger } from '../src/log';
import { OutcomesBot } from './outcomesBot';

export interface BuiltBot {
  bot: OutcomesBot;
  adapter: CloudAdapter;
  /** The turn handler, for the Bot Framework endpoint and the local channel alike. */
  logic: (context: TurnContext) => Promise<void>;
  appId?: string;
}

export function createBot(deps: { config: Config; services: SessionServices; log: Logger }): BuiltBot {
  const { config, services, log } = deps;
  const app = config.microsoftApp;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: app?.id ?? '',
    MicrosoftAppPassword: app?.password ?? '',
    MicrosoftAppTenantId: app?.tenantId ?? '',
    MicrosoftAppType: app ? app.type : '',
  } satisfies ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  const conversationState = new ConversationState(services.storage);
  const dialog = new MainDialog([new WelcomeDialog(), new AboutMeDialog(), new HopesDialog(), new NeedsDialog(), new OutcomeDialog(), new ReviewDialog(services.downloadsFor)]);
  const bot = new OutcomesBot(conversationState, dialog, services, { allowedTenants: config.allowedTenants, log });

  adapter.onTurnError = async (context, error) => {
    // The person's words never reach the log: only the error and a hashed conversation id.
    log.error(
      { code: ErrorCode.turnFailed, err: errorSummary(error), conversation: hashId(context.activity.conversation?.id ?? '') },
      'turn failed',
    );
    await bot.recover(context);
  };

  return { bot, adapter, logic: (context) => bot.run(context), appId: app?.id };
}
