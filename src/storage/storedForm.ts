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
    return copy(value, before);
  } catch (error) {
    if (error === NOT_PLAIN) return JSON.parse(json) as unknown;
    throw error;
  }
}

/**
 * `before` is the part in the same place of the document stored before: an object's field is
 * matched to the same field, a list's item to any item of the list before. `undefined` for what
 * JSON.stringify leaves out of an object.
 */
function copy(value: unknown, before: unknown): unknown {
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
  if (value === before) return value;
  const beforeObject = before !== null && typeof before === 'object' ? (before as Record<string, unknown>) : undefined;
  if (Array.isArray(value)) {
    const items = Array.isArray(beforeObject) ? new Set<unknown>(beforeObject) : undefined;
    return value.map((item: unknown, i: number) => {
      const out = items?.has(item) ? item : copy(item, Array.isArray(beforeObject) ? beforeObject[i] : undefined);
      return out === undefined ? null : out;
    });
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const shared = beforeObject !== undefined && !Array.isArray(beforeObject) ? beforeObject : undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key], shared !== undefined && Object.hasOwn(shared, key) ? shared[key] : undefined);
    if (item === undefined) continue;
    const name = cleanText(key);
    // As JSON.parse: `__proto__` is a key like any other.
    if (name === '__proto__') Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
    else out[name] = item;
  }
  return out;
}
