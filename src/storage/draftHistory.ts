import { applyPatch, compare, type Operation } from 'fast-json-patch';
import { z } from 'zod';
import { documentJson } from './rows';

/*
 * A draft's versions are kept as changes, not copies. The drafts table holds the latest document;
 * each version's row holds the JSON Patch (RFC 6902) that turns its document back into the one
 * before it (an "undo"). Any version is the latest with the undos of every later version applied,
 * newest first. A few hundred bytes an answer instead of the whole draft each time.
 *
 * Rows written before this (format 'document') hold their whole document and are read as they are.
 */

export const VERSION_FORMAT = { document: 'document', undo: 'undo' } as const;

/** The undo patch stored with a new version: from `next` (this version) back to `previous`. */
export function undoPatchJson(next: unknown, previous: unknown | undefined): string {
  if (previous === undefined) return '[]';
  return documentJson(compare(next as object, previous as object));
}

const operations = z.array(z.object({ op: z.string(), path: z.string() }).passthrough());

export const versionBodyRow = z.object({
  version: z.coerce.number().int().nonnegative(),
  format: z.enum([VERSION_FORMAT.document, VERSION_FORMAT.undo]),
  json: z.string(),
});
export type VersionBody = z.infer<typeof versionBodyRow>;

/**
 * The document as it was at `version`, from the latest document and the rows of every version from
 * `version` on (any order). Undefined when that version is not there.
 */
export function documentAtVersion(latest: unknown, rows: VersionBody[], version: number): unknown {
  const newestFirst = [...rows].sort((a, b) => b.version - a.version);
  const own = newestFirst.find((row) => row.version === version);
  if (!own) return undefined;
  if (own.format === VERSION_FORMAT.document) return JSON.parse(own.json) as unknown;
  let document = structuredClone(latest);
  for (const row of newestFirst) {
    if (row.version <= version) break;
    const patch = operations.parse(JSON.parse(row.json)) as Operation[];
    document = applyPatch(document, patch, false, true).newDocument;
  }
  return document;
}
