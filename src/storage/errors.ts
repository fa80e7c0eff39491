// Callers above storage recognise a conflict too (a journey retrying its save), so it lives in src/errors.
export { ConflictError } from '../errors';

/**
 * Activities were offered for a conversation that does not exist, usually because it was deleted
 * (delete my data) while a reply was on its way. Nothing was written, so nothing comes back.
 */
export class UnknownConversationError extends Error {
  override name = 'UnknownConversationError';
}
