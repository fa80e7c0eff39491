/** A write based on an old read: someone else changed the item first. Nothing was written. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/**
 * Activities were offered for a conversation that does not exist, usually because it was deleted
 * (delete my data) while a reply was on its way. Nothing was written, so nothing comes back.
 */
export class UnknownConversationError extends Error {
  override name = 'UnknownConversationError';
}
