import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LOADED_ON_FIRST_USE, loadedOnFirstUse } from '../../scripts/lazyPackages';

/*
 * botbuilder requires Azure identity and MSAL at start; the bundle gives it stand-ins that load
 * them on first use. What botbuilder does with them (new DefaultAzureCredential(...)) must still work.
 */
describe('packages loaded on first use in the bundle', () => {
  it('hands over the real package when a property is read', async () => {
    const root = path.join(__dirname, '..', '..');
    const result = await build({
      absWorkingDir: root,
      stdin: {
        contents: `const identity = require('@azure/identity'); const msal = require('@azure/msal-node');
          module.exports = () => [typeof identity.DefaultAzureCredential, typeof msal.ConfidentialClientApplication, 'ManagedIdentityCredential' in identity];`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [loadedOnFirstUse(root)],
    });
    expect(Object.keys(result.metafile.inputs).filter((input) => input.startsWith('loaded-on-first-use:')).sort()).toEqual(LOADED_ON_FIRST_USE.map((name) => `loaded-on-first-use:${name}`).sort());
    const bundled = { exports: {} as unknown };
    new Function('module', 'exports', 'require', '__filename', '__dirname', result.outputFiles[0]!.text)(bundled, bundled.exports, require, path.join(root, 'x.js'), root);
    expect((bundled.exports as () => unknown[])()).toEqual(['function', 'function', true]);
  }, 60_000);
});
