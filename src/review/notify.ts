import type { Activity } from 'botbuilder';
import { errorSummary } from '../log';
import type { Draft } from '../domain/draft';
import type { Words } from '../i18n';
import type { ReviewLog, YoungPersonNotice } from './context';
import type { ChatLinkStore } from '../storage';

/**
 * Writes bot messages to a young person's conversation: the local Direct Line channel appends them
 * (its `appendBotActivities`); a Teams chat gets a proactive message through the Bot Connector.
 */
export interface SendToConversation {
  (conversationId: string, activities: Partial<Activity>[], channelId: string): Promise<unknown>;
  /** The channels this sender can write to; the local web chat only, when not given. */
  channels?: readonly string[];
}

const WEB_CHAT_ONLY = ['directline'] as const;

const NOTICE_KEY: Record<YoungPersonNotice, string> = {
  comment: 'review-site:notice.comment',
  changes_requested: 'review-site:notice.changesRequested',
  agreed: 'review-site:notice.agreed',
};

/**
 * Tells the young person in their last conversation, when the channel allows it. Otherwise (no
 * conversation known, a Teams chat the bot was never installed in, the conversation deleted) it
 * resolves false: the comment is on the draft, and the read-back shows it on their next visit.
 */
export function youngPersonNotifier(deps: {
  chatLinks: Pick<ChatLinkStore, 'lastConversation'>;
  words?: Words;
  send?: SendToConversation;
  log: ReviewLog;
}): (draft: Draft, notice: YoungPersonNotice) => Promise<boolean> {
  return async (draft, notice) => {
    const { send, words } = deps;
    if (!send || !words) return false;
    const conversation = await deps.chatLinks.lastConversation(draft.id);
    // Other Bot Framework channels (the Emulator, Azure's own Direct Line) cannot be written to later.
    if (!conversation || !(send.channels ?? WEB_CHAT_ONLY).includes(conversation.channelId)) return false;
    const mode = draft.youngPerson.readingMode;
    const text = words.forMode(mode)(NOTICE_KEY[notice]);
    try {
      await send(
        conversation.conversationId,
        [{ type: 'message', text, speak: text, channelData: { outcomes: { notice: `keyWorker.${notice}`, mode } } }],
        conversation.channelId,
      );
      return true;
    } catch (error) {
      deps.log.warn({ err: errorSummary(error) }, 'could not tell the young person about a key worker change');
      return false;
    }
  };
}
