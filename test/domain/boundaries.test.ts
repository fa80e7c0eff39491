import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The domain must survive a move away from the Bot Framework, so it may not reach into it.
const domainDir = resolve(__dirname, '../../src/domain');

describe('src/domain', () => {
  it('imports nothing from botbuilder, bots/ or dialogs/', () => {
    const files = readdirSync(domainDir).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const imports = [...readFileSync(join(domainDir, file), 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
      const forbidden = imports.filter((spec) => /^botbuilder|^botframework|(^|\/)(bots|dialogs)(\/|$)/.test(spec));
      expect({ file, forbidden }).toEqual({ file, forbidden: [] });
    }
  });
});
