import { createHmac, randomInt } from 'node:crypto';

/*
 * A resume code lets a person stop and carry on later, on another device, by reading it off a
 * screen, saying it aloud or typing it on a phone. It looks like "K7M-4PX-R9T".
 *
 * Alphabet: digits 2-9 and capital letters, leaving out 0/O and 1/I/L (look alike) and U
 * (heard as "you", read as V). That is 30 symbols.
 *
 * Entropy: 9 symbols from 30, each drawn with crypto.randomInt (uniform), give
 * 9 x log2(30) = 44.2 bits, about 2 x 10^13 codes. Eight symbols would give only 39.3 bits.
 * With codes stored only as keyed hashes and code entry rate-limited, guessing a live code
 * online would take billions of tries per hit even with a million codes in use, and a stolen
 * table of hashes is useless without the pepper. Three groups of three read like a phone number.
 */

/** Wrong codes allowed in a row before further tries wait. */
export const RESUME_ATTEMPTS = 5;
export const RESUME_LOCK_MINUTES = 10;

export const RESUME_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RESUME_CODE_LENGTH = 9;
export const RESUME_CODE_GROUP = 3;
export const RESUME_CODE_BITS = RESUME_CODE_LENGTH * Math.log2(RESUME_CODE_ALPHABET.length);

function grouped(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += RESUME_CODE_GROUP) groups.push(symbols.slice(i, i + RESUME_CODE_GROUP));
  return groups.join('-');
}

/** A new random code, grouped for reading: "K7M-4PX-R9T". */
export function generateResumeCode(): string {
  let symbols = '';
  for (let i = 0; i < RESUME_CODE_LENGTH; i++) symbols += RESUME_CODE_ALPHABET[randomInt(RESUME_CODE_ALPHABET.length)];
  return grouped(symbols);
}

/**
 * What the person typed, in the code's own form, or null if it cannot be a code.
 * Case, spaces, dashes and dots do not matter ("k7m 4px r9t", "K7M.4PX.R9T").
 */
export function normaliseResumeCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s\-_.–—]/g, '');
  if (symbols.length !== RESUME_CODE_LENGTH) return null;
  for (const symbol of symbols) if (!RESUME_CODE_ALPHABET.includes(symbol)) return null;
  return grouped(symbols);
}

export function isResumeCode(input: string): boolean {
  return normaliseResumeCode(input) !== null;
}

/**
 * Finds a code inside a sentence ("my code is k7m-4px-r9t thanks"). A nine-letter word such as
 * "yesterday" is also spelt from the alphabet, so a candidate with a digit is preferred.
 */
export function findResumeCode(text: string): string | null {
  const pattern = /(?<![A-Za-z0-9])[A-Za-z0-9]{3}[\s\-.]?[A-Za-z0-9]{3}[\s\-.]?[A-Za-z0-9]{3}(?![A-Za-z0-9])/g;
  const codes = [...text.matchAll(pattern)]
    .map((match) => normaliseResumeCode(match[0]))
    .filter((code): code is string => code !== null);
  return codes.find((code) => /\d/.test(code)) ?? codes[0] ?? null;
}

/**
 * The stored form of a code: HMAC-SHA-256 keyed with a server-side pepper, hex.
 * Any spelling of the same code gives the same hash. Throws for something that is not a code,
 * so a typo is never stored as if it were one.
 */
export function hashResumeCode(code: string, pepper: string): string {
  const normalised = normaliseResumeCode(code);
  if (!normalised) throw new RangeError('Not a resume code');
  if (!pepper) throw new RangeError('A pepper is required');
  return createHmac('sha256', pepper).update(normalised).digest('hex');
}
