import { timingSafeEqual } from 'node:crypto';

/**
 * Node decodes base64url leniently: the unused low bits of the last character are ignored, and
 * stray characters are skipped, so several strings decode to the same bytes. A signature is only
 * accepted in its one canonical spelling: the bytes must encode back to exactly what was given.
 */
export function decodeCanonicalBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** A presented base64url signature against the expected bytes, in constant time, canonical spelling only. */
export function signatureMatches(given: string, expected: Buffer): boolean {
  const bytes = decodeCanonicalBase64url(given);
  return bytes !== undefined && bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
