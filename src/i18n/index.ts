import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { ReadingMode } from '../domain/readingMode';

/** i18next language tags of the two registers. Easy-read is a private-use tag of en-GB. */
export const LANGUAGE_OF_MODE: Record<ReadingMode, string> = {
  standard: 'en-GB',
  easy_read: 'en-GB-x-easyread',
};

const REGISTER_FOLDER: Record<ReadingMode, string> = {
  standard: 'standard',
  easy_read: 'easy-read',
};

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

type ContentTree = { [key: string]: string | ContentTree };

/**
 * Checks that parsed JSON is a tree of words: objects whose values are strings or such objects.
 * A plain walk rather than a schema: it runs on every start, before the first reply.
 */
function contentTree(value: unknown, where: string): ContentTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected an object of words`);
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner !== 'string') contentTree(inner, `${where}.${key}`);
  }
  return value as ContentTree;
}

/** The project's content/ folder, found from here whether running from src/ (tsx) or dist/src (node). */
export function contentDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('content folder not found');
    dir = parent;
  }
  return path.join(dir, 'content');
}

/** Every namespace of one register, parsed and checked at the boundary. */
export function loadRegister(mode: ReadingMode, root = contentDir()): Record<string, ContentTree> {
  const folder = path.join(root, 'en-GB', REGISTER_FOLDER[mode]);
  const namespaces: Record<string, ContentTree> = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const raw: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    const namespace = file.replace(/\.json$/, '');
    namespaces[namespace] = contentTree(raw, `${REGISTER_FOLDER[mode]}/${namespace}`);
  }
  return namespaces;
}

export interface Words {
  /** A fixed translator for one register; never switches the shared instance, so turns cannot mix. */
  forMode(mode: ReadingMode): Translate;
  /** Keys asked for that exist in neither register (reported, and shown as the key). */
  missing: ReadonlySet<string>;
  instance: i18n;
}

export function createWords(options: { onMissing?: (key: string, language: string) => void } = {}): Words {
  const standard = loadRegister('standard');
  const easyRead = loadRegister('easy_read');
  const missing = new Set<string>();
  let reports = 0;
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: { [LANGUAGE_OF_MODE.standard]: standard, [LANGUAGE_OF_MODE.easy_read]: easyRead },
    lng: LANGUAGE_OF_MODE.standard,
    // Strict: a gap in easy-read must never silently show the standard words.
    fallbackLng: false,
    load: 'currentOnly',
    ns: Object.keys(standard),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      reports += 1;
      const full = `${namespace}:${key}`;
      missing.add(full);
      options.onMissing?.(full, languages.join(','));
    },
  });
  const translators = new Map<ReadingMode, Translate>();
  for (const mode of [ReadingMode.standard, ReadingMode.easyRead]) {
    const lng = LANGUAGE_OF_MODE[mode];
    const templateOf = (key: string): string | undefined => {
      const at = key.indexOf(':');
      const found: unknown = instance.getResource(lng, at >= 0 ? key.slice(0, at) : 'common', at >= 0 ? key.slice(at + 1) : key);
      // Only plain "{{name}}" placeholders are filled here; anything more is left to i18next.
      return typeof found === 'string' && !found.includes('$t(') ? found : undefined;
    };
    const fill = (template: string, vars: Record<string, string | number>) => instance.services.interpolator.interpolate(template, vars, lng, {});
    translators.set(mode, remembering(instance.getFixedT(lng), () => reports, templateOf, fill));
  }
  return {
    forMode(mode) {
      return translators.get(mode) ?? translators.get(ReadingMode.standard)!;
    },
    missing,
    instance,
  };
}

/**
 * Words without placeholders never change while the server runs: each is looked up in i18next once
 * (a lookup resolves the language, namespace and key every time). Words with placeholders keep
 * their template, and only i18next's interpolator fills it: a full i18next lookup with values
 * costs about a hundred times more. A plural key (its words under `_one` and `_other`, picked by
 * `count`) has no template of its own, so i18next looks it up in full. A missing key is not
 * remembered, so every use of it is still reported.
 */
function remembering(
  t: TFunction,
  missingReports: () => number,
  templateOf: (key: string) => string | undefined,
  fill: (template: string, vars: Record<string, string | number>) => string,
): Translate {
  const fixed = new Map<string, string>();
  const templates = new Map<string, string>();
  return (key, vars) => {
    if (vars !== undefined) {
      let template = templates.get(key);
      if (template === undefined) {
        template = templateOf(key);
        if (template === undefined) return String(t(key, vars));
        templates.set(key, template);
      }
      return fill(template, vars);
    }
    const known = fixed.get(key);
    if (known !== undefined) return known;
    const reportsBefore = missingReports();
    const text = String(t(key, {}));
    if (missingReports() === reportsBefore) fixed.set(key, text);
    return text;
  };
}
