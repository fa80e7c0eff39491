import type { Request, Server } from 'restify';
import { BodyError, DEFAULT_BODY_LIMITS, parseJsonBody, readRawBody, type BodyLimits } from '../security/bodyReader';
import { TooDeepError } from '../security/safeText';
import { DirectLineError, badArgument, sendError } from './errors';

export const MAX_BODY_BYTES = DEFAULT_BODY_LIMITS.maxBytes;

const parsedBodies = new WeakMap<Request, unknown>();

/**
 * Reads the JSON bodies of requests under `pathPrefix` before routing, through the server's one
 * body reader (limits before and after decompression; a body already read by the server-wide
 * reader is not read twice), so an oversized or malformed body gets a Direct Line error
 * (413 / 400 / 415 with `{ error: { code, message } }`).
 */
export function readBodiesBeforeRouting(server: Server, pathPrefix: string, limits: BodyLimits = DEFAULT_BODY_LIMITS): void {
  server.pre((req, res, next) => {
    const hasBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
    if (!hasBody || !(req.url ?? '').startsWith(pathPrefix)) return next();
    parseBody(req, limits).then(
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
export async function readJsonBody(req: Request, limits: BodyLimits = DEFAULT_BODY_LIMITS): Promise<unknown> {
  if (parsedBodies.has(req)) return parsedBodies.get(req);
  return parseBody(req, limits);
}

async function parseBody(req: Request, limits: BodyLimits): Promise<unknown> {
  try {
    return parseJsonBody(await readRawBody(req, limits), req.headers['content-type']);
  } catch (error) {
    if (error instanceof BodyError) {
      throw error.status === 413
        ? new DirectLineError(413, 'MessageSizeTooBig', error.message)
        : new DirectLineError(error.status, 'BadArgument', error.message);
    }
    if (error instanceof TooDeepError) throw badArgument('Request body is nested too deeply');
    throw error;
  }
}
