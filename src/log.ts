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
 * An error as logs may keep it: its kind, and either a system error's first line or where it was
 * thrown. A message, stack text or cause could carry what the person typed. Logged under `err` as
 * `{ type, message }` or `{ type, at }` (pino's redaction of `*.name` would remove an error's `name`).
 */
export function errorSummary(error: unknown): { type: string; message?: string; at?: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message, code, stack } = error as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown };
    const type = typeof name === 'string' ? name : 'Error';
    // A system error's message is the system's own ("connect ECONNREFUSED 127.0.0.1:5432"); any
    // other message may quote what a person typed, so only where it was thrown is kept.
    const system = typeof code === 'string' && /^E[A-Z0-9_]+$/.test(code);
    if (system && typeof message === 'string') return { type, message: firstLine(message) };
    return { type, ...(typeof stack === 'string' ? { at: thrownAt(stack) } : {}) };
  }
  return { type: typeof error };
}

/** "dialogs/outcomeDialog.ts:120:7": the first frame of the stack, without the machine's folders. */
function thrownAt(stack: string): string {
  const frame = stack.split('\n').find((line) => /^\s+at\s/.test(line)) ?? '';
  const place = /\(?([^()\s]+:\d+:\d+)\)?\s*$/.exec(frame)?.[1] ?? '';
  return place.replace(/^.*?\/(?=(?:src|dialogs|bots|node_modules)\/)/, '').replace(/^file:\/\//, '');
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 200);
}
