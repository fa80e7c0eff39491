/** Numbered errors, so a log line can be matched to its cause without any personal data. */
export const ErrorCode = {
  turnFailed: 'E1001',
  storageUnavailable: 'E1002',
  contentMissing: 'E1003',
  draftInvalid: 'E1004',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A write based on an old read: someone else changed the item first. Nothing was written. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
