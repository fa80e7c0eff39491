import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../src/teams/appPackage';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE, renderIcons } from '../../src/teams/icons';
import { buildManifest, MANIFEST_VERSION } from '../../src/teams/manifest';
import { manifestSettingsFrom } from '../../src/teams/packageSettings';
import { loadConfig } from '../../src/config';
import { pngSize } from '../../src/teams/png';
import { teamsManifestValidator } from './manifestSchema';
import { rgbaPixels } from './pngPixels';

const root = path.resolve(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'outcomes-teams-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOT_ID = '0b7c5f2e-1d3a-4e6b-9c8d-7a6b5c4d3e2f';

describe('the icons', () => {
  const icons = renderIcons();

  it('are a 192 px colour icon and a 32 px outline, both PNG with transparency', () => {
    expect(pngSize(icons.color)).toEqual({ width: COLOR_ICON_SIZE, height: COLOR_ICON_SIZE, colorType: 6 });
    expect(pngSize(icons.outline)).toEqual({ width: OUTLINE_ICON_SIZE, height: OUTLINE_ICON_SIZE, colorType: 6 });
  });

  it('has an outline that is only white on a transparent background, and a colour icon with its background', () => {
    const outline = rgbaPixels(icons.outline);
    let drawn = 0;
    for (let y = 0; y < outline.height; y++) {
      for (let x = 0; x < outline.width; x++) {
        const [r, g, b, a] = outline.at(x, y);
        if (a === 0) continue;
        drawn++;
        // resvg stores un-premultiplied colour: every visible pixel is white, whatever its alpha.
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    // The glyph fills a good part of the small icon, but not all of it.
    expect(drawn).toBeGreaterThan(outline.width * outline.height * 0.3);
    expect(drawn).toBeLessThan(outline.width * outline.height * 0.95);

    const color = rgbaPixels(icons.color);
    expect(color.at(0, 0)).toEqual([0x1f, 0x6f, 0x78, 255]);
    expect(color.at(50, 60)).toEqual([255, 255, 255, 255]);
    // The star is cut out of the bubble: the background shows through it.
    expect(color.at(96, 80)).toEqual([0x1f, 0x6f, 0x78, 255]);
  });
});

describe('npm run teams:package', () => {
  it('writes a zip with the manifest and both icons, for the bot named in the settings', async () => {
    const out = path.join(dir, 'outcomes-bot.zip');
    const env = { ...process.env, MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'secret', PUBLIC_URL: 'https://outcomes.example.org' };
    const { stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/teamsPackage.ts', '--developer', 'Example Academy', '--out', out], { cwd: root, env });
    expect(stderr).not.toContain('warning');

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown> & { bots: { botId: string }[]; developer: { name: string } };
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.developer.name).toBe('Example Academy');
    expect(manifest.validDomains).toEqual(['outcomes.example.org']);
    const validate = teamsManifestValidator(MANIFEST_VERSION);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(pngSize(Buffer.from(await zip.file('color.png')!.async('uint8array')))).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(Buffer.from(await zip.file('outline.png')!.async('uint8array')))).toMatchObject({ width: 32, height: 32 });
  }, 60_000);

  it('still builds a package without Azure settings, and says it will not work in Teams yet', async () => {
    const { settings, warnings } = manifestSettingsFrom(loadConfig({}), { version: '0.1.0' });
    expect(warnings.join(' ')).toMatch(/MicrosoftAppId is not set/);
    const zip = await JSZip.loadAsync(await buildAppPackage(buildManifest(settings), renderIcons()));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('refuses a bot id that is not a GUID, naming the setting', () => {
    expect(() => manifestSettingsFrom(loadConfig({ MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'x' }), { version: '0.1.0' })).toThrow(/MicrosoftAppId must be a GUID/);
  });
});
