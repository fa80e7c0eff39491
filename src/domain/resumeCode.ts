import { createHmac, randomInt } from 'node:crypto';

/*
 * A resume code lets a person stop and carry on later, on another device, by reading it off a
 * screen, saying it aloud or typing it on a phone. It looks like "K7M-4PX-R9T".
 *
 * Alphabet: digits 2-9 and capital letters, leaving out 0/O and 1/I/L (look alike) and U
 * (heard as "you", read as V). That is 30 symbols.
 *
 * Entropy: 9 symbols from 30, each drawn with crypto.randomInt (uniform), at least one of them a
 * digit, give log2(30^9 - 22^9) = 44.1 bits, about 2 x 10^13 codes. Eight symbols would give only 39.3 bits.
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
/** Codes with at least one digit: all codes less those of letters alone. */
const LETTERS = RESUME_CODE_ALPHABET.replace(/\d/g, '').length;
export const RESUME_CODE_BITS = Math.log2(RESUME_CODE_ALPHABET.length ** RESUME_CODE_LENGTH - LETTERS ** RESUME_CODE_LENGTH);

function grouped(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += RESUME_CODE_GROUP) groups.push(symbols.slice(i, i + RESUME_CODE_GROUP));
  return groups.join('-');
}

/**
 * A new random code, grouped for reading: "K7M-4PX-R9T". About one draw in sixteen has no digit
 * ("KQR-HCW-TVZ"), and typed in small letters such a code reads like three words ("yes and new"),
 * so it is drawn again: every code holds a digit, and codes stay uniform over those that do
 * (44.1 bits).
 */
export function generateResumeCode(): string {
  for (;;) {
    let symbols = '';
    for (let i = 0; i < RESUME_CODE_LENGTH; i++) symbols += RESUME_CODE_ALPHABET[randomInt(RESUME_CODE_ALPHABET.length)];
    if (/\d/.test(symbols)) return grouped(symbols);
  }
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

/** Where a code may stand in a sentence: three groups of three letters and digits, or nine together. */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z0-9]{3}[\s\-.–—]?[A-Za-z0-9]{3}[\s\-.–—]?[A-Za-z0-9]{3}(?![A-Za-z0-9])/y;

/**
 * Every place a code could stand, overlapping ("its 8hn 4ap jts" holds "8hn 4ap jts" after "its"
 * fails), with the code in its own form and the words as typed.
 */
export function resumeCodeCandidates(text: string): { code: string; index: number; typed: string }[] {
  const found: { code: string; index: number; typed: string }[] = [];
  for (let index = 0; index < text.length; index++) {
    CANDIDATE.lastIndex = index;
    const match = CANDIDATE.exec(text);
    const code = match ? normaliseResumeCode(match[0]) : null;
    if (match && code) found.push({ code, index, typed: match[0] });
  }
  return found;
}

/**
 * Finds a code inside a sentence ("my code is k7m-4px-r9t thanks"). A nine-letter word such as
 * "yesterday" is also spelt from the alphabet, so a candidate with a digit is preferred.
 */
export function findResumeCode(text: string): string | null {
  const codes = resumeCodeCandidates(text).map((candidate) => candidate.code);
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
