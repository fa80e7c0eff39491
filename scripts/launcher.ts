import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { Script, constants } from 'node:vm';
import { BUNDLE_SUFFIX, CACHE_SUFFIX, WRITE_CODE_CACHE } from './launcherFiles';

/**
 * The file `npm start` runs (dist/server.js): it runs the one-file server beside it
 * (dist/server.bundle.js) with the V8 code cache the build made (dist/server.bundle.cache), so
 * start-up does not parse and compile the server's code again. V8 checks the cache against the
 * bundle and this Node version and ignores one that does not fit; the server then runs as it
 * would without it. `--write-code-cache` (used by the build) writes the cache when the process
 * exits, holding every function compiled until then.
 */
function launch(): void {
  const base = __filename.replace(/\.js$/, '');
  const bundle = base + BUNDLE_SUFFIX;
  const cacheFile = base + CACHE_SUFFIX;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData,
    // The bundle's dynamic imports (nodemailer, on first use) load as they would from a plain file.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (process.argv.includes(WRITE_CODE_CACHE)) {
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const bundleModule = new Module(bundle, require.main);
  bundleModule.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, __dirname);
  bundleModule.loaded = true;
}

launch();
