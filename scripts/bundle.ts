import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_SUFFIX } from './launcherFiles';
import { primeCodeCache } from './codeCache';
import { loadedOnFirstUse } from './lazyPackages';
import { oneCopyOf } from './oneCopy';

/**
 * The server as one file (`npm run build`, run by `npm start`): bots/main.ts and everything it
 * imports, botbuilder and restify included, bundled by esbuild for Node 20. Node then reads and
 * compiles one file at start instead of resolving and loading some thousands of modules, which was
 * most of the time to the first reply. Native modules and the database drivers stay outside the
 * bundle and load from node_modules; content/, the language models and public/ are read at run
 * time from the project folder, found from the bundle's place inside it (dist/). Azure identity
 * and MSAL, which botbuilder requires at start, run only when first used (lazyPackages.ts).
 * `outfile` itself is the small launcher (scripts/launcher.ts) that runs the bundle beside it
 * (server.bundle.js) with the V8 code cache the build makes by starting it once (codeCache.ts).
 */
export const SERVER_BUNDLE = path.join('dist', 'server.js');

/**
 * Regular expressions Node 20 reads as they are written. Without this, esbuild turns every literal
 * with a Unicode property escape (`\p{L}`) into a `new RegExp(...)` call where it stands, so the
 * pattern is built again each time the function holding it runs (171 of ours, some in the readers
 * every message goes through). Node has read these escapes since version 10.
 */
export const NODE_REGEXPS = { 'regexp-unicode-property-escapes': true };

/** Packages loaded from node_modules at run time: native code, or optional parts of a package. */
export const EXTERNAL_PACKAGES = [
  'better-sqlite3',
  'pg',
  'pg-native',
  '@resvg/resvg-js',
  // Optional speed-ups of ws, and restify's optional tracing: each is tried in a try/catch.
  'bufferutil',
  'utf-8-validate',
  'dtrace-provider',
  // A data file the verb reader finds with require.resolve and reads on first use.
  'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
  // Word documents and email are made on first use (src/export/docxOnDemand.ts, src/mailer.ts): read from node_modules then.
  'docx',
  'nodemailer',
];

const ROOT = path.join(__dirname, '..');

/** Writes the bundle to `outfile` (relative to the project folder; it must stay inside it). */
export async function bundleServer(outfile: string = SERVER_BUNDLE): Promise<Metafile> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join('scripts', 'launcher.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join('bots', 'main.ts')],
    outfile: outfile.replace(/\.js$/, BUNDLE_SUFFIX),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL_PACKAGES,
    supported: NODE_REGEXPS,
    // Class and function names stay as written: stack traces and botbuilder's own names read true.
    keepNames: true,
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [loadedOnFirstUse(ROOT), oneCopyOf(ROOT)],
  });
  return result.metafile;
}

if (require.main === module) {
  bundleServer().then(
    async (meta) => {
      const inputs = Object.keys(meta.inputs).length;
      process.stdout.write(`wrote ${SERVER_BUNDLE} (${inputs} modules in one file)\n`);
      process.stdout.write(`${await primeCodeCache(SERVER_BUNDLE)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`bundle failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
