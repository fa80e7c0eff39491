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
