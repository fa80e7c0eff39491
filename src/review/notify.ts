import type { Activity } from 'botbuilder';
import type { Draft } from '../domain/draft';
import type { Words } from '../i18n';
import type { ReviewLog, YoungPersonNotice } from './context';
import type { KeyWorkerStore } from './keyWorkerStore';

/** Appends bot messages to a conversation of the local Direct Line channel (its `appendBotActivities`). */
export type SendToConversation = (conversationId: string, activities: Partial<Activity>[]) => Promise<unknown>;

const NOTICE_KEY: Record<YoungPersonNotice, string> = {
  comment: 'review-site:notice.comment',
  changes_requested: 'review-site:notice.changesRequested',
  agreed: 'review-site:notice.agreed',
};

/** Only the local web chat can be written to without the Bot Framework connector. */
const PROACTIVE_CHANNELS = new Set(['directline']);

/**
 * Tells the young person in their last conversation, when the channel allows it. Otherwise (Teams,
 * no conversation known, the conversation deleted) it resolves false: the comment is on the draft,
 * and the read-back shows it on their next visit.
 */
export function youngPersonNotifier(deps: {
  store: () => Promise<KeyWorkerStore>;
  words?: Words;
  send?: SendToConversation;
  log: ReviewLog;
}): (draft: Draft, notice: YoungPersonNotice) => Promise<boolean> {
  return async (draft, notice) => {
    const { send, words } = deps;
    if (!send || !words) return false;
    const conversation = await (await deps.store()).lastConversation(draft.id);
    if (!conversation || !PROACTIVE_CHANNELS.has(conversation.channelId)) return false;
    const mode = draft.youngPerson.readingMode;
    const text = words.forMode(mode)(NOTICE_KEY[notice]);
    try {
      await send(conversation.conversationId, [
        { type: 'message', text, speak: text, channelData: { outcomes: { notice: `keyWorker.${notice}`, mode } } },
      ]);
      return true;
    } catch (error) {
      deps.log.warn({ err: { name: (error as Error).name } }, 'could not tell the young person about a key worker change');
      return false;
    }
  };
}
