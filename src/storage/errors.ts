/** A write based on an old read: someone else changed the item first. Nothing was written. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
