/**
 * The picture beside each question in easy-read mode: one symbol per step id, with alt text in
 * both registers, in content/symbols.json. The SVGs are served from public/assets/symbols/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ReadingMode } from '../domain/readingMode';
import { contentDir } from './index';

/** Where the page finds the files: same origin as the chat, so the page's CSP allows them. */
export const SYMBOL_URL_PREFIX = '/assets/symbols/';

const altText = z.string().trim().min(1);

export const symbolEntrySchema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.svg$/, 'a file name in public/assets/symbols/'),
  alt: z.object({ standard: altText, easy_read: altText }),
});

export const symbolMapSchema = z.record(z.string(), symbolEntrySchema);

export type SymbolEntry = z.infer<typeof symbolEntrySchema>;
export type SymbolMap = z.infer<typeof symbolMapSchema>;

/** What a client needs to show a symbol: `channelData.outcomes.symbol`. */
export interface QuestionSymbol {
  url: string;
  alt: string;
}

export function loadSymbols(root = contentDir()): SymbolMap {
  const raw: unknown = JSON.parse(readFileSync(path.join(root, 'symbols.json'), 'utf8'));
  return symbolMapSchema.parse(raw);
}

let cached: SymbolMap | undefined;

/** The symbol of a step in one register, or undefined for a step without one. */
export function symbolFor(step: string, mode: ReadingMode): QuestionSymbol | undefined {
  cached ??= loadSymbols();
  const entry = Object.hasOwn(cached, step) ? cached[step] : undefined;
  return entry ? { url: SYMBOL_URL_PREFIX + entry.file, alt: entry.alt[mode] } : undefined;
}
