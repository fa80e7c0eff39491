import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/i18n';

/* The words are checked as they are read at start: a tree of sentences, nothing else. */
describe('reading a register of words', () => {
  const roots: string[] = [];
  const registerWith = (files: Record<string, unknown>): string => {
    const root = mkdtempSync(path.join(tmpdir(), 'outcomes-words-'));
    roots.push(root);
    const folder = path.join(root, 'en-GB', 'standard');
    mkdirSync(folder, { recursive: true });
    for (const [name, tree] of Object.entries(files)) writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(tree));
    return root;
  };
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('reads nested sentences as they are', () => {
    const tree = { greeting: 'Hello.', hopes: { ask: 'What do you hope for?', more: { one: 'Tell me one more.' } } };
    expect(loadRegister('standard', registerWith({ common: tree }))).toEqual({ common: tree });
  });

  it.each([
    ['a number', { common: { count: 3 } }, /standard\/common\.count/],
    ['a list', { common: { hopes: ['one', 'two'] } }, /standard\/common\.hopes/],
    ['an empty value deep inside', { dialogs: { hopes: { ask: null } } }, /standard\/dialogs\.hopes\.ask/],
    ['a file that is not an object', { common: 'Hello.' }, /standard\/common/],
  ])('stops on %s and names where it is', (_what, files, where) => {
    expect(() => loadRegister('standard', registerWith(files))).toThrow(where);
  });
});
