import type { Draft, DraftComment } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';
import type { Translate } from '../src/i18n';
import { escapeMarkdown } from '../src/security/escape';
import { longDate } from '../src/domain/dates';
import { ReviewText as T } from './reviewText';

/** Answered: the person reworded the item, or answered a proposal; resolved comments are done with. */
export function isAnswered(comment: DraftComment): boolean {
  return Boolean(comment.changedAt || comment.proposal?.answer);
}

function itemText(draft: Draft, itemId: string | undefined): string | undefined {
  if (!itemId) return undefined;
  return summaryItems(draft).find((item) => item.id === itemId)?.text;
}

const SHORT = 60;
const short = (text: string) => (text.length <= SHORT ? text : `${text.slice(0, SHORT - 1).trimEnd()}…`);

/**
 * The key worker's comments that are not yet closed, newest first, each dated and marked open or
 * answered, in the person's reading mode: a message of its own, so the words are plain text with
 * the chat's own (high contrast) colours. Undefined when there are none.
 */
export function keyWorkerCommentsText(draft: Draft, t: Translate): string | undefined {
  const comments = draft.comments.filter((c) => !c.resolved).sort((a, b) => b.at.localeCompare(a.at));
  if (comments.length === 0) return undefined;
  const lines = comments.map((c) => {
    const state = t(isAnswered(c) ? T.commentsAnswered : T.commentsOpen);
    const date = longDate(c.at.slice(0, 10));
    const item = itemText(draft, c.itemId);
    const vars = { state, date, item: escapeMarkdown(short(item ?? '')), text: escapeMarkdown(c.proposal?.text ?? c.text) };
    const key = c.proposal && item ? T.commentsProposalLine : item ? T.commentsLine : T.commentsLineWhole;
    return `- ${t(key, vars)}`;
  });
  return [t(T.commentsHeading), ...lines].join('\n');
}
