import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Fields that may carry what a young person typed or who they are. pino removes them wherever they
 * appear, so a careless `log.info({ activity })` still cannot leak their words.
 */
const REDACTED_PATHS = [
  'text',
  'speak',
  'name',
  'dateOfBirth',
  'value',
  'attachments',
  '*.text',
  '*.speak',
  '*.name',
  '*.dateOfBirth',
  '*.value',
  '*.attachments',
  'activity.from',
  'activity.recipient',
  'req.body',
  'body',
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'outcomes-bot' },
      redact: { paths: REDACTED_PATHS, remove: true },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

/** A stable, non-reversible id for correlating log lines of one conversation without storing its id. */
export function hashId(id: string): string {
  return createHash('sha256').update(`outcomes-log:${id}`).digest('hex').slice(0, 16);
}

/**
 * An error as logs may keep it: its kind and the first line of its message. A stack or cause
 * could carry what the person typed. Logged under `err` as `{ type, message }` (pino's redaction
 * of `*.name` would remove an error's `name`).
 */
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
