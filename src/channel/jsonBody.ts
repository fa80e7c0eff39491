import type { Request, Server } from 'restify';
import { DirectLineError, badArgument, sendError } from './errors';

export const MAX_BODY_BYTES = 256 * 1024;
/** Past this the connection is cut rather than drained: nobody legitimate sends that much. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

const parsedBodies = new WeakMap<Request, unknown>();

/**
 * Reads the JSON bodies of requests under `pathPrefix` before any server-wide body parser sees
 * them, so an oversized or malformed body gets a Direct Line error (413 / 400 with
 * `{ error: { code, message } }`) rather than the server's generic one. Marking the body as read
 * (`_readBody`, restify's own flag) makes restify's bodyReader leave the stream alone.
 */
export function readBodiesBeforeRouting(server: Server, pathPrefix: string, maxBytes = MAX_BODY_BYTES): void {
  server.pre((req, res, next) => {
    const hasBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
    if (!hasBody || !(req.url ?? '').startsWith(pathPrefix)) return next();
    parseBody(req, maxBytes).then(
      (body) => {
        parsedBodies.set(req, body);
        (req as Request & { _readBody?: boolean })._readBody = true;
        next();
      },
      (error: unknown) => {
        sendError(res, error);
        next(false);
      },
    );
  });
}

/** The request's JSON body (`undefined` when empty), read earlier by `readBodiesBeforeRouting` or now. */
export async function readJsonBody(req: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  if (parsedBodies.has(req)) return parsedBodies.get(req);
  if (req.readableEnded) return alreadyParsedBody(req);
  return parseBody(req, maxBytes);
}

async function parseBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  const raw = await readRaw(req, maxBytes, Number.isFinite(declared) && declared > maxBytes);
  if (raw.length === 0) return undefined;
  const contentType = String(req.headers['content-type'] ?? 'application/json');
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new DirectLineError(415, 'BadArgument', 'Content-Type must be application/json');
  }
  return parseJson(raw.toString('utf8'));
}

function readRaw(req: Request, maxBytes: number, knownTooLarge: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let overflow = knownTooLarge;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) overflow = true;
      // An oversized body is drained, not cut, so the client gets to read the 413.
      if (received > MAX_DRAIN_BYTES) {
        req.destroy();
        return;
      }
      if (!overflow) chunks.push(chunk);
    });
    req.on('end', () =>
      overflow
        ? reject(new DirectLineError(413, 'MessageSizeTooBig', `Request body is larger than ${maxBytes} bytes`))
        : resolve(Buffer.concat(chunks)),
    );
    req.on('error', () => reject(badArgument('Request body could not be read')));
    req.on('close', () => {
      if (!req.complete) reject(badArgument('Request body was cut short'));
    });
  });
}

/** If some other body parser consumed the stream already, use what it parsed. */
function alreadyParsedBody(req: Request): unknown {
  const body: unknown = (req as Request & { body?: unknown }).body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const text = body.toString();
    return text.trim() === '' ? undefined : parseJson(text);
  }
  return body;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badArgument('Request body is not valid JSON');
  }
}
