/**
 * Text made safe to store, on both engines. PostgreSQL refuses a NUL character in text and
 * `\u0000` or a lone surrogate in JSON it is asked to read as jsonb; such a character, typed in
 * an answer, would break every query that reads the row (the review site's list, the retention
 * job) and copy the surrounding words into PostgreSQL's own log. They carry no meaning in what a
 * person writes, so they are taken out where text comes in and again where it is stored:
 * - NUL is removed;
 * - a lone surrogate (half of an emoji, cut or forged) becomes U+FFFD, the replacement character.
 */

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UNSAFE = /[\u0000\uD800-\uDFFF]/;

export function cleanText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Deeper than this, a value is refused: nothing the bot stores is nested that far. */
export const MAX_DEPTH = 64;

export class TooDeepError extends Error {
  override name = 'TooDeepError';
}

/**
 * Every string in a JSON-like value cleaned, object keys included. Objects come back as plain
 * objects (a `__proto__` key stays a key). Throws TooDeepError past MAX_DEPTH.
 */
export function cleanDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeepError(`A value is nested more than ${MAX_DEPTH} levels deep`);
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanDeep(item, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    Object.defineProperty(out, cleanText(key), { value: cleanDeep(item, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/** JSON text for storage: every string cleaned first. */
export function storageJson(value: unknown): string {
  // JSON.stringify writes NUL and lone surrogates as \u escapes, so text without one is already
  // clean and needs no second pass (a literal backslash-u in an answer only takes the slow path).
  const plain = JSON.stringify(value) as string | undefined;
  if (plain === undefined || !ESCAPED_UNSAFE.test(plain)) return plain as string;
  return JSON.stringify(value, cleanReplacer) as string;
}

const ESCAPED_UNSAFE = /\\u(?:0000|d[89a-f])/i;

/**
 * A value just parsed from this JSON text, cleaned as cleanDeep cleans it. JSON text holds NUL or a
 * lone surrogate only as a \u escape (JSON.parse refuses a raw NUL, and decoding UTF-8 has made a
 * raw surrogate U+FFFD), so text without such an escape parses clean: then the value is not copied
 * object by object on every request, and only its depth is checked.
 */
export function cleanParsedJson<T>(value: T, text: string): T {
  if (ESCAPED_UNSAFE.test(text)) return cleanDeep(value);
  checkDepth(value, 0);
  return value;
}

function checkDepth(value: unknown, depth: number): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) throw new TooDeepError(`A value is nested more than ${MAX_DEPTH} levels deep`);
  for (const item of Array.isArray(value) ? value : Object.values(value)) checkDepth(item, depth + 1);
}

/** For JSON.stringify: strings cleaned, and objects whose keys need it rebuilt with clean keys. */
function cleanReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((key) => UNSAFE.test(key))) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(out, cleanText(key), { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** SQL parameters with their strings cleaned (ids, names, notes...). */
export function cleanParams(params: readonly unknown[]): unknown[] {
  return params.map((param) => (typeof param === 'string' ? cleanText(param) : param));
}
