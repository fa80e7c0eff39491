import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { buildAppPackage } from '../src/teams/appPackage';
import { renderIcons } from '../src/teams/icons';
import { buildManifest } from '../src/teams/manifest';
import { manifestSettingsFrom } from '../src/teams/packageSettings';

// `npm run teams:package [-- --developer "Our School" --privacy-url https://... --terms-url https://... --teams-app-id <guid>]`
// Builds dist/teams/outcomes-bot.zip from MicrosoftAppId and PUBLIC_URL (environment or .env).
const root = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    developer: { type: 'string' },
    'privacy-url': { type: 'string' },
    'terms-url': { type: 'string' },
    'teams-app-id': { type: 'string' },
    out: { type: 'string', default: path.join(root, 'dist', 'teams', 'outcomes-bot.zip') },
  },
});

async function main(): Promise<void> {
  if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const { settings, warnings } = manifestSettingsFrom(loadConfig(), {
    version,
    developerName: values.developer,
    privacyUrl: values['privacy-url'],
    termsUrl: values['terms-url'],
    teamsAppId: values['teams-app-id'],
  });
  const zip = await buildAppPackage(buildManifest(settings), renderIcons());
  const out = path.resolve(values.out!);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${zip.length} bytes)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`teams:package failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
