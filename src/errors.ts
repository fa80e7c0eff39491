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

/**
 * A draft a turn made that does not match the draft schema: nothing of the turn was written. The
 * message names the draft, never its words.
 */
export class InvalidDraftError extends Error {
  override name = 'InvalidDraftError';
  constructor(
    readonly draftId: string,
    readonly issues: number,
  ) {
    super(`Draft ${draftId} does not match the draft schema (${issues} issues); nothing was written`);
  }
}
