import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeCanonicalBase64url, signatureMatches } from '../security/base64url';
import { z } from 'zod';

/**
 * Direct Line tokens are compact HS256 JWTs, as Azure's are: Web Chat decodes the `user`
 * claim to learn the user id, so the shape matters, not only the signature.
 */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' };

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export interface TokenSigner {
  issue(conversationId: string, userId: string): IssuedToken;
  verify(token: string): TokenCheck;
  /** Seconds left before the token expires (never negative). */
  secondsLeft(claims: TokenClaims): number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const MAX_TOKEN_LENGTH = 4096;

const payloadSchema = z.object({
  conv: z.string().min(1).max(200),
  user: z.string().min(1).max(256),
  iat: z.number().int(),
  exp: z.number().int(),
});

export const TOKEN_KEY_NAME = 'directline-token-key';

/** A fresh random signing key, stored once through the secret store so every instance signs alike. */
export function createTokenKey(): string {
  return randomBytes(32).toString('base64url');
}

export function createTokenSigner(key: string, ttlSeconds: number, now: () => number): TokenSigner {
  const keyBytes = Buffer.from(key, 'utf8');
  const sign = (data: string): Buffer => createHmac('sha256', keyBytes).update(data).digest();
  const nowSeconds = (): number => Math.floor(now() / 1000);

  return {
    issue(conversationId, userId) {
      const iat = nowSeconds();
      const payload = base64url(JSON.stringify({ conv: conversationId, user: userId, iat, exp: iat + ttlSeconds }));
      const signature = sign(`${HEADER}.${payload}`).toString('base64url');
      return { token: `${HEADER}.${payload}.${signature}`, expiresIn: ttlSeconds };
    },

    verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'invalid' };
      const parts = token.split('.');
      if (parts.length !== 3) return { ok: false, reason: 'invalid' };
      const [header, payload, signature] = parts as [string, string, string];
      if (header !== HEADER) return { ok: false, reason: 'invalid' };
      const expected = sign(`${header}.${payload}`);
      if (!signatureMatches(signature, expected)) return { ok: false, reason: 'invalid' };
      const decoded = decodeCanonicalBase64url(payload);
      if (!decoded) return { ok: false, reason: 'invalid' };
      const parsed = payloadSchema.safeParse(parseJson(decoded.toString('utf8')));
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      if (parsed.data.exp <= nowSeconds()) return { ok: false, reason: 'expired' };
      return { ok: true, claims: { conversationId: parsed.data.conv, userId: parsed.data.user, expiresAt: parsed.data.exp } };
    },

    secondsLeft(claims) {
      return Math.max(0, claims.expiresAt - nowSeconds());
    },
  };
}

/** Compares a presented secret with the configured one in constant time, whatever their lengths. */
export function secretMatches(presented: string, configured: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(configured));
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
