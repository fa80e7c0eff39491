import { randomUUID } from 'node:crypto';
import type { Draft, DraftComment } from './draft';
import { DraftItemNotFoundError, markItemChanged, replaceItemText } from './operations';

/*
 * Co-production, not overwriting: a key worker proposes new words for an item (an outcome, a
 * need, a provision with how often and who); the young person accepts, changes or refuses them.
 * Nothing of theirs changes until they answer, and `authors` records who wrote the words kept.
 */

export type ProposalAnswer = 'accepted' | 'changed' | 'refused';

export interface NewProposal {
  itemId: string;
  text: string;
  howOften?: string;
  who?: string;
  /** Why, in the key worker's words; the proposal itself when not given. */
  note?: string;
  by: string;
  at: Date;
}

export function addProposal(draft: Draft, proposal: NewProposal): { draft: Draft; comment: DraftComment } {
  // Checks the item exists and takes words, without changing the draft.
  replaceItemText(draft, proposal.itemId, proposal.text);
  const comment: DraftComment = {
    id: randomUUID(),
    itemId: proposal.itemId,
    text: (proposal.note ?? '').trim() || proposal.text.trim(),
    by: proposal.by,
    at: proposal.at.toISOString(),
    resolved: false,
    proposal: {
      text: proposal.text.trim(),
      ...(proposal.howOften?.trim() ? { howOften: proposal.howOften.trim() } : {}),
      ...(proposal.who?.trim() ? { who: proposal.who.trim() } : {}),
    },
  };
  return { draft: { ...draft, comments: [...draft.comments, comment] }, comment };
}

/** Proposals the young person has not answered yet, oldest first. */
export function pendingProposals(draft: Draft): DraftComment[] {
  return draft.comments.filter((c) => c.proposal && !c.proposal.answer && !c.resolved);
}

function withProvisionDetails(draft: Draft, itemId: string, details: { howOften?: string; who?: string }): Draft {
  if (!details.howOften && !details.who) return draft;
  return {
    ...draft,
    outcomes: draft.outcomes.map((o) => ({
      ...o,
      provision: o.provision.map((p) =>
        p.id === itemId ? { ...p, ...(details.howOften ? { howOften: details.howOften } : {}), ...(details.who ? { who: details.who } : {}) } : p,
      ),
    })),
  };
}

/**
 * The young person's answer. Accepted: the key worker's words replace theirs, credited to the key
 * worker. Changed: their own new words. Refused: their words stay. Each answers the comment.
 */
export function answerProposal(draft: Draft, commentId: string, answer: ProposalAnswer, now: Date, ownWords?: string): Draft {
  const comment = draft.comments.find((c) => c.id === commentId);
  if (!comment?.proposal || !comment.itemId) throw new DraftItemNotFoundError(commentId);
  const at = now.toISOString();
  const itemId = comment.itemId;
  let changed = draft;
  const authors = { ...(draft.authors ?? {}) };
  if (answer === 'accepted') {
    changed = withProvisionDetails(replaceItemText(draft, itemId, comment.proposal.text), itemId, comment.proposal);
    authors[itemId] = { by: comment.by, role: 'key_worker', at };
  } else if (answer === 'changed') {
    if (!ownWords?.trim()) throw new RangeError('Changed words are needed');
    changed = replaceItemText(draft, itemId, ownWords);
    delete authors[itemId];
  }
  if (answer !== 'refused') changed = markItemChanged(changed, itemId, now);
  const comments = changed.comments.map((c) => (c.id === commentId && c.proposal ? { ...c, proposal: { ...c.proposal, answer, answeredAt: at } } : c));
  return { ...changed, comments, authors };
}
