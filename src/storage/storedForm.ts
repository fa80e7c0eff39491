import { cleanText } from '../security/safeText';

/*
 * A document as its stored JSON text reads back, `JSON.parse(storageJson(value))`, built without
 * parsing the text again. A draft is stored every turn and only a part of it changed: a part that
 * is the very same object as in the document stored before (already as the text reads back) is
 * that part, so only what the turn changed is copied. Drafts are never changed in place
 * (src/domain/operations.ts returns new ones), so sharing a part is safe.
 */

/** Thrown inside when a value is not plain JSON data (a Date, a toJSON, a Map...): the caller parses the text instead. */
const NOT_PLAIN = Symbol('not plain');

/**
 * What `JSON.parse(json)` gives, where `json` is the stored text of `value` and `before` a document
 * read back from stored text earlier. Parts of `value` that are parts of `before` are shared.
 */
export function storedForm(value: unknown, json: string, before?: unknown): unknown {
  try {
    const shared = new Set<unknown>();
    if (before !== null && typeof before === 'object') collectParts(before, shared, 0);
    return copy(value, shared);
  } catch (error) {
    if (error === NOT_PLAIN) return JSON.parse(json) as unknown;
    throw error;
  }
}

/** Every object and list in a stored document, down to a depth where sharing no longer pays. */
function collectParts(value: object, into: Set<unknown>, depth: number): void {
  into.add(value);
  if (depth >= 3) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (item !== null && typeof item === 'object') collectParts(item as object, into, depth + 1);
  }
}

/** `undefined` for what JSON.stringify leaves out of an object. */
function copy(value: unknown, shared: Set<unknown>): unknown {
  switch (typeof value) {
    case 'string':
      return cleanText(value);
    case 'number':
      return Number.isFinite(value) ? value + 0 : null;
    case 'boolean':
      return value;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      break;
    default:
      throw NOT_PLAIN;
  }
  if (value === null) return null;
  if (shared.has(value)) return value;
  if (Array.isArray(value)) {
    return value.map((item: unknown) => {
      const out = copy(item, shared);
      return out === undefined ? null : out;
    });
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key], shared);
    if (item === undefined) continue;
    // As JSON.parse: `__proto__` is a key like any other.
    Object.defineProperty(out, cleanText(key), { value: item, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
