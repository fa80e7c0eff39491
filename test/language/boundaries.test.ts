import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The language analysis must survive a move away from the Bot Framework, and must not load the
// whole of natural (a second of start-up, and dotenv notices on stdout).
const languageDir = resolve(__dirname, '../../src/language');

describe('src/language', () => {
  it('imports nothing from botbuilder, bots/ or dialogs/, and natural only by path', () => {
    const files = readdirSync(languageDir).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const imports = [...readFileSync(join(languageDir, file), 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
      const forbidden = imports.filter((spec) => /^botbuilder|^botframework|(^|\/)(bots|dialogs)(\/|$)|^natural$/.test(spec));
      expect({ file, forbidden }).toEqual({ file, forbidden: [] });
    }
  });
});
