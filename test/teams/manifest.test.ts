import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../src/language';
import { ACCENT_COLOR, buildManifest, MANIFEST_VERSION, TEAMS_COMMANDS, type ManifestSettings } from '../../src/teams/manifest';
import { teamsManifestValidator } from './manifestSchema';

const settings: ManifestSettings = {
  appId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  botId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  version: '0.1.0',
  developer: {
    name: 'Example Academy',
    websiteUrl: 'https://outcomes.example.org',
    privacyUrl: 'https://outcomes.example.org/privacy',
    termsOfUseUrl: 'https://outcomes.example.org/terms',
  },
  validDomains: ['outcomes.example.org'],
};

describe('the Teams app manifest', () => {
  const validate = teamsManifestValidator(MANIFEST_VERSION);

  it('is valid against the official schema of its manifest version', () => {
    const manifest = buildManifest(settings);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(Number(MANIFEST_VERSION.split('.')[1])).toBeGreaterThanOrEqual(17);
  });

  it('is checked for real: a broken manifest is refused', () => {
    const broken = { ...buildManifest(settings), accentColor: 'teal', id: 'not-a-guid' };
    expect(validate(broken)).toBe(false);
    const fields = (validate.errors ?? []).map((e) => e.instancePath);
    expect(fields).toEqual(expect.arrayContaining(['/accentColor', '/id']));
  });

  it('offers the bot to one person at a time, with the commands the bot understands', () => {
    const manifest = buildManifest(settings);
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
    const [bot] = manifest.bots;
    expect(bot?.botId).toBe(settings.botId);
    expect(bot?.scopes).toEqual(['personal']);
    const titles = bot?.commandLists.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).toEqual(['help', 'show my draft', 'start again']);
    // Picking a command in Teams sends its title as the message: the bot must recognise each one.
    expect(TEAMS_COMMANDS.map((c) => recogniseCommand(c.title))).toEqual(['help', 'showDraft', 'startAgain']);
  });
});
