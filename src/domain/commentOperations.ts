import { randomUUID } from 'node:crypto';
import type { Draft, DraftComment } from './draft';
import { mapById, words } from './draftItems';
import { withoutEarlierWords } from './itemEdits';

/* Safeguarding flags, key workers' comments, and sending the draft back after changes. */

/** Raises a safeguarding flag. No operation removes one. */
export function addFlag(draft: Draft, flag: { category: string; at: Date; step: string }): Draft {
  const raised = { kind: 'safeguarding' as const, category: flag.category, at: flag.at.toISOString(), step: flag.step };
  return { ...draft, flags: [...draft.flags, raised] };
}

/**
 * The young person says the answer that raised the latest flag at `step` was misread: the flag is
 * marked "taken back by the young person" for the key worker and the lead, never removed.
 */
export function takeBackFlag(draft: Draft, step: string, at: Date): Draft {
  const index = draft.flags.map((flag) => flag.step === step && !flag.takenBackAt).lastIndexOf(true);
  if (index < 0) return draft;
  return { ...draft, flags: draft.flags.map((flag, i) => (i === index ? { ...flag, takenBackAt: at.toISOString() } : flag)) };
}

/**
 * They say every worry noted was a mix-up ("nobody is hurting her, remove the note"): each flag not
 * yet taken back is marked so, never removed; the lead still sees it, with their words.
 */
export function takeBackAllFlags(draft: Draft, at: Date): Draft {
  if (!draft.flags.some((flag) => !flag.takenBackAt)) return draft;
  return { ...draft, flags: draft.flags.map((flag) => (flag.takenBackAt ? flag : { ...flag, takenBackAt: at.toISOString() })) };
}

/** Only the flags at these places in `draft.flags` are marked taken back ("the note from the cooking bit was a mistake"); the rest stay as they were. */
export function takeBackFlagsAt(draft: Draft, indexes: readonly number[], at: Date): Draft {
  return { ...draft, flags: draft.flags.map((flag, i) => (indexes.includes(i) && !flag.takenBackAt ? { ...flag, takenBackAt: at.toISOString() } : flag)) };
}

/**
 * They say they took nothing back ("it did happen. dont mark it taken back"): every take-back mark comes
 * off, and the notes stand as told. The flags themselves were never removed.
 */
export function liftTakeBacks(draft: Draft): Draft {
  if (!draft.flags.some((flag) => flag.takenBackAt)) return draft;
  return { ...draft, flags: draft.flags.map(({ takenBackAt: _lifted, ...flag }) => flag) };
}

export function addComment(
  draft: Draft,
  comment: { itemId?: string; text: string; by: string; at: Date },
): { draft: Draft; comment: DraftComment } {
  const added: DraftComment = {
    id: randomUUID(),
    ...(comment.itemId ? { itemId: comment.itemId } : {}),
    text: words(comment.text),
    by: comment.by,
    at: comment.at.toISOString(),
    resolved: false,
  };
  return { draft: { ...draft, comments: [...draft.comments, added] }, comment: added };
}

export function resolveComment(draft: Draft, commentId: string): Draft {
  return { ...draft, comments: mapById(draft.comments, commentId, (c) => ({ ...c, resolved: true })) };
}

/** Comments a young person has not yet been shown in the chat: what "your key worker commented" is about. */
export function unseenComments(draft: Draft): DraftComment[] {
  return draft.comments.filter((c) => !c.resolved && !c.seenAt);
}

export function markCommentsSeen(draft: Draft, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, comments: draft.comments.map((c) => (c.resolved || c.seenAt ? c : { ...c, seenAt: at })) };
}

/** The young person reworded an item: its open comments are answered, and resolved when the draft goes back. */
export function markItemChanged(draft: Draft, itemId: string, now: Date): Draft {
  const at = now.toISOString();
  return { ...draft, comments: draft.comments.map((c) => (c.itemId === itemId && !c.resolved ? { ...c, changedAt: at } : c)) };
}

/** Sends the draft back to the key worker: submitted again, with the comments on reworded items resolved, nothing replaced kept. */
export function resubmit(draft: Draft, now?: Date): Draft {
  const comments = draft.comments.map((c) => (c.changedAt && !c.resolved ? { ...c, resolved: true } : c));
  const keyWorker = draft.keyWorker ? { keyWorker: { ...draft.keyWorker, resubmittedAt: (now ?? new Date()).toISOString() } } : {};
  return { ...withoutEarlierWords(draft), status: 'submitted', comments, ...keyWorker };
}

