import { describe, expect, it } from 'vitest';
import { createWords, LANGUAGE_OF_MODE, loadRegister } from '../../src/i18n';
import { ReadingMode } from '../../src/domain/readingMode';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix: string): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('words with placeholders', () => {
  // The bot fills templates itself (much faster than a full i18next lookup): every sentence must
  // still read exactly as i18next would write it, whatever the person typed into a placeholder.
  it.each([ReadingMode.standard, ReadingMode.easyRead])('read as i18next fills them, in %s', (mode) => {
    const words = createWords();
    const t = words.forMode(mode);
    const plain = words.instance.getFixedT(LANGUAGE_OF_MODE[mode]);
    let filled = 0;
    for (const [ns, tree] of Object.entries(loadRegister(mode))) {
      for (const [key, template] of keysOf(tree, `${ns}:`)) {
        const names = [...template.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]!);
        const typed = Object.fromEntries(names.map((name, i) => [name, i % 2 ? 3 : 'Sam {{name}} $1 $& *big* <b>hi</b>']));
        for (const vars of [typed, {}]) expect(t(key, vars), key).toBe(String(plain(key, vars)));
        if (names.length > 0) filled += 1;
      }
    }
    expect(filled).toBeGreaterThan(20);
  });
});
