import { createHash } from 'node:crypto';

/** Conversation ids are logged only as a short hash: enough to follow one conversation, not to open it. */
export function hashId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 12);
}

/** Error name and message only: a stack or cause could carry what the person typed. */
export function errorSummary(error: unknown): { type: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { type: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? firstLine(message) : '' };
  }
  return { type: typeof error, message: '' };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 200);
}
