import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, createWords, loadRegister } from '../../src/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function allKeys(mode: 'standard' | 'easy_read'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(loadRegister(mode))) {
    for (const [key, value] of flatten(tree)) out.set(`${ns}:${key}`, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every exported `...Text` constant of the dialogs and bots: the content keys the code uses. */
async function keysUsedInCode(): Promise<string[]> {
  const root = path.dirname(contentDir());
  const keys: string[] = [];
  for (const folder of ['dialogs', 'bots']) {
    for (const file of readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(path.join(root, folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!/Text$/.test(name) || typeof value !== 'object' || value === null) continue;
        for (const key of Object.values(value as Record<string, unknown>)) if (typeof key === 'string') keys.push(key);
      }
    }
  }
  return keys;
}

describe('content', () => {
  const standard = allKeys('standard');
  const easyRead = allKeys('easy_read');

  it('has the same files in both registers', () => {
    const files = (folder: string) => readdirSync(path.join(contentDir(), 'en-GB', folder)).sort();
    expect(files('easy-read')).toEqual(files('standard'));
  });

  it('has every key in both registers', () => {
    expect([...easyRead.keys()].filter((k) => !standard.has(k))).toEqual([]);
    expect([...standard.keys()].filter((k) => !easyRead.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both registers', () => {
    const mismatched = [...standard].filter(([key, text]) => {
      const twin = easyRead.get(key);
      return twin !== undefined && placeholders(twin).join() !== placeholders(text).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  // It imports every dialog module, which takes half a minute on a busy machine.
  it('has every key the code uses', async () => {
    const used = await keysUsedInCode();
    expect(used.length).toBeGreaterThan(10);
    // A plural key is in the content as its `_one` and `_other` forms.
    const has = (keys: Map<string, string>, key: string) => keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
    expect(used.filter((key) => !has(standard, key) || !has(easyRead, key))).toEqual([]);
  }, 120_000);

  it('reports a missing key instead of falling back to the other register', () => {
    const seen: string[] = [];
    const words = createWords({ onMissing: (key) => seen.push(key) });
    words.forMode('easy_read')('welcome:noSuchKey');
    expect(seen).toContain('welcome:noSuchKey');
  });

  it('keeps the files valid JSON with string leaves only', () => {
    for (const folder of ['standard', 'easy-read']) {
      for (const file of readdirSync(path.join(contentDir(), 'en-GB', folder))) {
        expect(() => JSON.parse(readFileSync(path.join(contentDir(), 'en-GB', folder, file), 'utf8'))).not.toThrow();
      }
    }
  });
});
