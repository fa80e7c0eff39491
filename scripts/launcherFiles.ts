/** The files beside the launcher `npm start` runs (dist/server.js): see scripts/launcher.ts. */
export const BUNDLE_SUFFIX = '.bundle.js';
export const CACHE_SUFFIX = '.bundle.cache';
/** Makes the launcher write the code cache when the process exits (the build's priming run). */
export const WRITE_CODE_CACHE = '--write-code-cache';
