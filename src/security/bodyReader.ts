import type { IncomingMessage } from 'node:http';
import type { Server } from 'restify';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { cleanDeep, cleanParsedJson, TooDeepError } from './safeText';

/**
 * The one way a request body is read, on every route: at most `maxCompressedBytes` from the
 * network and at most `maxBytes` once decompressed (a gzip bomb stops at the limit, long before
 * it fills memory), only the encodings below (others: 415), and corrupt data answered 400. Every
 * stream error becomes a BodyError: nothing a client sends can throw past this reader.
 */

export interface BodyLimits {
  /** Bytes after decompression. */
  maxBytes: number;
  /** Bytes as sent, before decompression. */
  maxCompressedBytes: number;
}

/** 256 KB as sent and 256 KB once decompressed. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 256 * 1024, maxCompressedBytes: 256 * 1024 };

export type BodyErrorCode = 'BadArgument' | 'MessageSizeTooBig' | 'UnsupportedMediaType';

export class BodyError extends Error {
  override name = 'BodyError';
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: BodyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const tooBig = (limit: number) => new BodyError(413, 'MessageSizeTooBig', `Request body is larger than ${limit} bytes`);
const badData = (message: string) => new BodyError(400, 'BadArgument', message);

/** Past this much sent after a limit was passed the connection is cut rather than drained. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

const started = new WeakMap<IncomingMessage, Promise<Buffer>>();

/** The raw (decompressed) body; reading twice gives the same promise, so every caller may ask. */
export function readRawBody(req: IncomingMessage, limits: BodyLimits = DEFAULT_BODY_LIMITS): Promise<Buffer> {
  let reading = started.get(req);
  if (!reading) {
    reading = readOnce(req, limits);
    // Callers attach their own handlers; this one only keeps an unread failure from being "unhandled".
    reading.catch(() => undefined);
    started.set(req, reading);
  }
  return reading;
}

/** Whether a reader has already taken this request's body. */
export function bodyStarted(req: IncomingMessage): boolean {
  return started.has(req);
}

function encodingOf(req: IncomingMessage): string[] {
  const header = req.headers['content-encoding'];
  if (header === undefined) return [];
  return String(header)
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '' && part !== 'identity');
}

function readOnce(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let encodings: string[];
    try {
      encodings = encodingOf(req);
    } catch {
      encodings = ['?'];
    }
    const unsupported = encodings.find((encoding) => !(encoding in DECODERS));
    if (unsupported !== undefined || encodings.length > 1) {
      drain(req);
      reject(new BodyError(415, 'UnsupportedMediaType', 'Content-Encoding must be gzip, deflate, br or none'));
      return;
    }
    const declared = Number(req.headers['content-length']);
    let settled = false;
    const fail = (error: BodyError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const chunks: Buffer[] = [];
    let received = 0;
    let inflated = 0;
    let overflow = Number.isFinite(declared) && declared > limits.maxCompressedBytes;

    const decoder = encodings[0] === undefined ? undefined : DECODERS[encodings[0]]!();
    const collect = (chunk: Buffer) => {
      if (settled) return;
      inflated += chunk.length;
      if (inflated > limits.maxBytes) {
        // Stop inflating at once: the rest of a bomb is never expanded.
        decoder?.destroy();
        drain(req);
        fail(tooBig(limits.maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const finish = () => {
      if (settled) return;
      if (overflow) return fail(tooBig(limits.maxCompressedBytes));
      settled = true;
      resolve(Buffer.concat(chunks));
    };

    if (decoder) {
      decoder.on('data', collect);
      decoder.on('end', finish);
      decoder.on('error', () => fail(badData(`Request body is not valid ${encodings[0]} data`)));
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxCompressedBytes) overflow = true;
      if (received > MAX_DRAIN_BYTES) {
        req.destroy();
        return;
      }
      if (overflow || settled) return;
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    req.on('end', () => {
      if (overflow) return fail(tooBig(limits.maxCompressedBytes));
      if (decoder) decoder.end();
      else finish();
    });
    req.on('error', () => fail(badData('Request body could not be read')));
    req.on('close', () => {
      if (!req.complete) fail(badData('Request body was cut short'));
    });
  });
}

/** Reads and throws away the rest, so the client can read the answer; a huge body is cut instead. */
function drain(req: IncomingMessage): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) req.destroy();
  });
  req.resume();
}

/** A JSON body (also `+json` types), or `undefined` when empty. */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = contentType ?? 'application/json';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new BodyError(415, 'UnsupportedMediaType', 'Content-Type must be application/json');
  const text = raw.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw badData('Request body is not valid JSON');
  }
  // Every string cleaned (safeText.ts); throws TooDeepError past MAX_DEPTH.
  return cleanParsedJson(value, text);
}

/**
 * A body as a route expects it: JSON or an HTML form (urlencoded). Forms become a plain object
 * without a prototype, so a field named `__proto__` is only a field.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType && /^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [name, value] of new URLSearchParams(raw.toString('utf8'))) if (!(name in fields)) fields[name] = value;
    return cleanDeep(fields);
  }
  return parseJsonBody(raw, contentType);
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const parsedBodies = new WeakMap<IncomingMessage, unknown>();

/** The body read and parsed by `applyBodyReader` (strings cleaned, see safeText.ts). */
export function parsedBodyOf(req: IncomingMessage): unknown {
  return parsedBodies.get(req);
}

/**
 * Reads every request body before routing, for every route (unless `skip` says the route reads
 * its own, after authenticating), and leaves it parsed on `req.body`. Errors are answered in
 * the `{ error: { code, message } }` shape: 400 bad data, 413 too big, 415 unsupported.
 * Marking the body as read (`_readBody`, restify's own flag) keeps any later parser away.
 */
export function applyBodyReader(server: Server, options: { limits?: BodyLimits; skip?: (path: string) => boolean } = {}): void {
  const limits = options.limits ?? DEFAULT_BODY_LIMITS;
  server.pre((req, res, next) => {
    if (!METHODS_WITH_BODY.has(req.method ?? '')) return next();
    // Routing ignores case and a trailing slash: so does the skip.
    const path = ((req.url ?? '').split('?')[0] ?? '').replace(/\/+$/, '').toLowerCase();
    if (options.skip?.(path)) return next();
    readRawBody(req, limits)
      .then((raw) => {
        const body = parseBody(raw, req.headers['content-type']);
        parsedBodies.set(req, body);
        (req as { body?: unknown }).body = body;
        (req as { _readBody?: boolean })._readBody = true;
        next();
      })
      .catch((error: unknown) => {
        const known =
          error instanceof BodyError
            ? error
            : error instanceof TooDeepError
              ? badData('Request body is nested too deeply')
              : badData('Request body could not be read');
        if (!res.headersSent) res.json(known.status, { error: { code: known.code, message: known.message } });
        next(false);
      });
  });
}
