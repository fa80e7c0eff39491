import type { Response } from 'restify';

/** Error codes as Azure Direct Line 3.0 names them in its ErrorResponse; clients branch on status and code. */
export type DirectLineErrorCode =
  | 'BadArgument'
  | 'MissingProperty'
  | 'Unauthorized'
  | 'Forbidden'
  | 'TokenExpired'
  | 'NotFound'
  | 'MessageSizeTooBig'
  | 'TooManyRequests'
  | 'BotError'
  | 'ServiceError';

export class DirectLineError extends Error {
  override name = 'DirectLineError';

  constructor(
    readonly status: number,
    readonly code: DirectLineErrorCode,
    message: string,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badArgument = (message: string): DirectLineError => new DirectLineError(400, 'BadArgument', message);
export const unauthorized = (message: string): DirectLineError => new DirectLineError(401, 'Unauthorized', message);
export const forbidden = (message: string): DirectLineError => new DirectLineError(403, 'Forbidden', message);
export const tokenExpired = (): DirectLineError => new DirectLineError(403, 'TokenExpired', 'Token expired');
export const notFound = (message: string): DirectLineError => new DirectLineError(404, 'NotFound', message);

export interface ErrorBody {
  error: { code: DirectLineErrorCode; message: string };
}

export function errorBody(error: DirectLineError): ErrorBody {
  return { error: { code: error.code, message: error.message } };
}

/** Writes the Azure-shaped error; anything unexpected becomes a 500 without internal detail. */
export function sendError(res: Response, error: unknown): void {
  const known = error instanceof DirectLineError ? error : new DirectLineError(500, 'ServiceError', 'Internal error');
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(known.headers)) res.header(name, value);
  res.json(known.status, errorBody(known));
}
