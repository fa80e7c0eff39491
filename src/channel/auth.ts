import type { Request } from 'restify';
import { DirectLineError, forbidden, tokenExpired, unauthorized } from './errors';
import { secretMatches, type TokenClaims, type TokenSigner } from './tokens';

/** Who is calling: the holder of the Direct Line secret (any conversation) or of a token (one conversation). */
export type Caller = { kind: 'secret' } | { kind: 'token'; token: string; claims: TokenClaims };

export function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^(?:Bearer|BotConnector)\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function authenticate(presented: string | undefined, secret: string | undefined, signer: TokenSigner): Caller {
  if (!presented) throw unauthorized('Authorization header with a Bearer token or secret is required');
  if (secret && secretMatches(presented, secret)) return { kind: 'secret' };
  const check = signer.verify(presented);
  if (check.ok) return { kind: 'token', token: presented, claims: check.claims };
  if (check.reason === 'expired') throw tokenExpired();
  throw forbidden('Token or secret is not valid');
}

/** A token opens only the conversation it was issued for. */
export function assertCanUse(caller: Caller, conversationId: string): void {
  if (caller.kind === 'token' && caller.claims.conversationId !== conversationId) {
    throw new DirectLineError(403, 'Forbidden', 'Token is not valid for this conversation');
  }
}
