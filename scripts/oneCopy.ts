import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Packages that npm installs several times at one version, each under the package that needs it:
 * botbuilder, botbuilder-core, botbuilder-dialogs, botframework-connector and botframework-schema
 * each carry their own zod 3 (ours is zod 4, so npm cannot share it). Bundled as they lie, the
 * server held five copies of the same code. Here every import of such a package goes to one copy
 * of its version (the first by folder name, so every build is the same).
 */
export const ONE_COPY_OF = ['zod'];

const RESOLVING = Symbol('resolving as esbuild would');

/** Every installed copy of a package, one or two levels under node_modules, by version: the folder to use first. */
function copiesByVersion(root: string, name: string): Map<string, string> {
  const modules = path.join(root, 'node_modules');
  const owners = readdirSync(modules).flatMap((entry) => (entry.startsWith('@') ? readdirSync(path.join(modules, entry)).map((inner) => path.join(entry, inner)) : [entry]));
  const folders = [path.join(modules, name), ...owners.map((owner) => path.join(modules, owner, 'node_modules', name))].filter((folder) => existsSync(path.join(folder, 'package.json'))).sort();
  const first = new Map<string, string>();
  for (const folder of folders) {
    const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string };
    if (!first.has(version)) first.set(version, folder);
  }
  return new Map([...first].map(([version, folder]) => [version, folder]));
}

export function oneCopyOf(root: string, names: readonly string[] = ONE_COPY_OF): Plugin {
  return {
    name: 'one-copy',
    setup(build) {
      const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      const filter = new RegExp(`^(?:${escaped.join('|')})(?:/|$)`);
      const firstCopy = new Map(names.map((name) => [name, copiesByVersion(root, name)]));
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === RESOLVING) return undefined;
        const asItLies = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: RESOLVING });
        if (asItLies.errors.length > 0 || asItLies.external) return asItLies;
        const name = names.find((n) => args.path === n || args.path.startsWith(`${n}/`))!;
        const marker = `${path.sep}node_modules${path.sep}${name}${path.sep}`;
        const at = asItLies.path.lastIndexOf(marker);
        if (at < 0) return asItLies;
        const folder = asItLies.path.slice(0, at + marker.length - 1);
        const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string };
        const first = firstCopy.get(name)?.get(version) ?? folder;
        return { ...asItLies, path: first + asItLies.path.slice(folder.length) };
      });
    },
  };
}
