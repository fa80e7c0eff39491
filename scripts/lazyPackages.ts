import type { Plugin } from 'esbuild';

/**
 * Packages that botbuilder requires at start but only uses when it fetches a token (Azure
 * identity and MSAL: signing in as the bot's app). Run at start they take a large share of the
 * time to the first reply, though a chat without an app ID never calls them. In the bundle each
 * is put behind a stand-in whose properties load the real package, from node_modules, on first use.
 */
export const LOADED_ON_FIRST_USE = ['@azure/identity', '@azure/msal-node'];

const STAND_IN = 'loaded-on-first-use';

/** A stand-in that loads the package when a property is first read (botbuilder reads them only inside its functions). */
function standInFor(name: string): string {
  return `let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); return d && { ...d, configurable: true }; },
});
`;
}

/** The esbuild plugin: imports of these packages get the stand-in; the stand-in itself gets the real package. */
export function loadedOnFirstUse(root: string): Plugin {
  const names = new Set(LOADED_ON_FIRST_USE);
  return {
    name: STAND_IN,
    setup(build) {
      // The real package stays out of the bundle: it is read from node_modules when first used, so start-up neither reads nor compiles it.
      build.onResolve({ filter: /^@azure\// }, (args) => (names.has(args.path) ? (args.namespace === STAND_IN ? { path: args.path, external: true } : { path: args.path, namespace: STAND_IN }) : undefined));
      build.onLoad({ filter: /.*/, namespace: STAND_IN }, (args) => ({ contents: standInFor(args.path), loader: 'js', resolveDir: root }));
    },
  };
}
