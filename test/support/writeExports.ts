import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Draft } from '../../src/domain/draft';
import { ReadingMode } from '../../src/domain/readingMode';
import { renderDocx } from '../../src/export/docx';
import { renderHtml } from '../../src/export/html';
import { createWords } from '../../src/i18n';

const words = createWords();

/** Writes a finished draft as JSON, HTML and Word under `dir`, named after the test. */
export async function writeExports(dir: string, name: string, draft: Draft): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60));
  const mode = draft.youngPerson.readingMode === 'easy_read' ? ReadingMode.easyRead : ReadingMode.standard;
  writeFileSync(`${base}.json`, JSON.stringify(draft, null, 2));
  writeFileSync(`${base}.html`, renderHtml(draft, { mode, words }));
  writeFileSync(`${base}.docx`, await renderDocx(draft, { mode, words }));
}
