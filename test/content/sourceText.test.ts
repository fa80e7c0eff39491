import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A control character pasted into a regular expression (a backspace where "\b" was meant) makes a
 * rule silently match nothing: a remark would then be kept as a hope, or a worry missed. No source
 * file may hold one.
 */

const ROOTS = ['src', 'dialogs', 'bots', 'scripts', 'content'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|json)$/.test(entry.name) ? [path] : [];
  });
}

describe('source text', () => {
  it('holds no control characters other than tabs and line ends', () => {
    const files = ROOTS.flatMap((root) => sourceFiles(root));
    expect(files.length).toBeGreaterThan(100);
    // eslint-disable-next-line no-control-regex
    const stray = files.filter((file) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(readFileSync(file, 'utf8')));
    expect(stray).toEqual([]);
  });
});
