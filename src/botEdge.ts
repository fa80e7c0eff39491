import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from './config';
import type { DownloadUrls } from './export/downloads';
import type { Words } from './i18n';
import type { Logger } from './log';
import type { Draft } from './domain/draft';
import type { Mailer } from './mailer';
import type { YoungPersonNotice } from './review/context';
import type { SafeguardingService } from './safeguarding/service';
import type { Stores } from './storage/types';

/**
 * What the app has built by the time it asks for the bot: storage, words, the safeguarding service
 * and the addresses people are sent to. The bot (in `bots/`) is built from these and nothing else,
 * so `src/` never needs to know how a turn is run.
 */
export interface BotEdgeParts {
  config: Config;
  log: Logger;
  now: () => Date;
  stores: Stores;
  words: Words;
  safeguarding: SafeguardingService;
  /** The secret that keys the stored hashes of resume codes. */
  resumeCodePepper: string;
  /** Absolute links to a young person's own copies of their draft. */
  downloadsFor: (draft: Draft) => Promise<DownloadUrls>;
  /** The address of a draft on the review site. */
  reviewUrl: (draftId: string) => string;
  /** Key workers' email; absent when SMTP is not set up. */
  mailer?: Mailer;
  /** Appends bot messages to a conversation of the local web chat channel (once it runs). */
  sendToWebChat: (conversationId: string, activities: Partial<Activity>[]) => Promise<unknown>;
}

/** The Bot Framework edge as the web server, the review site and the notices to leads use it. */
export interface BotEdge {
  adapter: CloudAdapter;
  /** The authentication the adapter was built with: /api/messages checks each request's token with it. */
  authentication: BotFrameworkAuthentication;
  /** The turn handler, for the Bot Framework endpoint and the local channel alike. */
  logic: (context: TurnContext) => Promise<void>;
  appId?: string;
  /** Tells a young person of a key worker's change, in their web chat or in Teams; false when it could not. */
  notifyYoungPerson: (draft: Draft, notice: YoungPersonNotice) => Promise<boolean>;
  /** Writes to a Teams chat the bot was installed in (a safeguarding lead's, say). */
  teams: { send(conversationId: string, activities: () => Partial<Activity>[]): Promise<void> };
}

export type BuildBotEdge = (parts: BotEdgeParts) => BotEdge;
