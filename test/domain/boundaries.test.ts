import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** Every TypeScript file under `folder`, as paths from the project root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file).split(sep).join('/'));
}

/** What a file imports: static imports, re-exports and dynamic imports alike. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const patterns = [/\bfrom\s+'([^']+)'/g, /\bimport\s+'([^']+)'/g, /\bimport\(\s*'([^']+)'\s*\)/g, /\brequire\(\s*'([^']+)'\s*\)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** The project path an import names, or undefined for a package. */
function target(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return relative(root, resolve(root, dirname(file), spec)).split(sep).join('/');
}

/** The README's rule: imports only go down this list. */
const LAYERS = ['bots', 'dialogs', 'content', 'src'] as const;
const layerOf = (path: string) => LAYERS.findIndex((layer) => path === layer || path.startsWith(`${layer}/`));

describe('the layers', () => {
  const files = LAYERS.filter((layer) => layer !== 'content').flatMap(sourceFiles);

  it('import only down the list bots, dialogs, content, src', () => {
    expect(files.length).toBeGreaterThan(100);
    const upward = files.flatMap((file) =>
      importsOf(file)
        .map((spec) => target(file, spec))
        .filter((path): path is string => path !== undefined && layerOf(path) >= 0 && layerOf(path) < layerOf(file))
        .map((path) => `${file} -> ${path}`),
    );
    expect(upward).toEqual([]);
  });

  it('leave storage to the session services: dialogs import nothing from src/storage', () => {
    const reaching = sourceFiles('dialogs').flatMap((file) =>
      importsOf(file)
        .map((spec) => target(file, spec))
        .filter((path) => path?.startsWith('src/storage'))
        .map((path) => `${file} -> ${path}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keep the Bot Framework turn code in bots/: src/teams is only the app package', () => {
    const turnCode = sourceFiles('src/teams').filter((file) => importsOf(file).some((spec) => /^botbuilder|^botframework/.test(spec)));
    expect(turnCode).toEqual([]);
  });
});

// The domain and the language analysis must survive a move away from the Bot Framework, so they
// may not reach into it; the language analysis must not load the whole of natural either (a second
// of start-up, and dotenv notices on stdout).
describe.each([
  { folder: 'src/domain', forbidden: /^botbuilder|^botframework/ },
  { folder: 'src/language', forbidden: /^botbuilder|^botframework|^natural$/ },
])('$folder', ({ folder, forbidden }) => {
  it('imports nothing from botbuilder, bots/ or dialogs/', () => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bad = importsOf(file).filter((spec) => forbidden.test(spec) || /^(bots|dialogs)(\/|$)/.test(target(file, spec) ?? ''));
      expect({ file, bad }).toEqual({ file, bad: [] });
    }
  });
});
