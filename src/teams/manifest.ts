/**
 * The Teams app manifest. One version constant: the test validates the manifest against the schema
 * of the same version shipped in `@microsoft/app-manifest`, so bumping it is checked too.
 */
export const MANIFEST_VERSION = '1.22';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;

/** The colour behind the icon, and the icon's own background: a calm teal with white glyph. */
export const ACCENT_COLOR = '#1F6F78';

/** The commands Teams lists in the compose box; their titles are words the bot already recognises. */
export const TEAMS_COMMANDS = [
  { title: 'help', description: 'What I can do and how to answer' },
  { title: 'show my draft', description: 'See everything you have said so far' },
  { title: 'start again', description: 'Start a new draft from the beginning' },
] as const;

export interface ManifestSettings {
  /** The Teams app id (a GUID). Often the same as the bot's Microsoft App ID. */
  appId: string;
  /** The Azure Bot's Microsoft App ID. */
  botId: string;
  /** App version, semver; it must go up for Teams to accept an updated package. */
  version: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  /** Host names the app may open (the review site, download links), e.g. "outcomes.example.org". */
  validDomains: readonly string[];
}

export type TeamsManifest = ReturnType<typeof buildManifest>;

export function buildManifest(settings: ManifestSettings) {
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: settings.version,
    id: settings.appId,
    localizationInfo: { defaultLanguageTag: 'en-gb' },
    developer: { ...settings.developer },
    name: { short: 'Outcomes Bot', full: 'Outcomes Bot: what I want from my EHC plan' },
    description: {
      short: 'Say in your own words what you want from your EHC plan.',
      full:
        'Outcomes Bot helps children and young people with special educational needs and disabilities, ' +
        'and their parents and carers, say what they hope for, what makes things hard and what would help. ' +
        'It turns their own words into outcomes for their Education, Health and Care plan, one short question ' +
        'at a time, with an easy-read mode and "I\'m not sure" always allowed. Their key worker reviews the draft. ' +
        'Your draft is kept with your school or college account, so you can stop and carry on later.',
    },
    icons: { color: ICON_FILES.color, outline: ICON_FILES.outline },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: settings.botId,
        scopes: ['personal'],
        isNotificationOnly: false,
        supportsFiles: false,
        supportsCalling: false,
        supportsVideo: false,
        commandLists: [{ scopes: ['personal'], commands: TEAMS_COMMANDS.map((c) => ({ ...c })) }],
      },
    ],
    permissions: ['identity'],
    validDomains: [...settings.validDomains],
  };
}
