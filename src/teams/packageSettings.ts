import type { Config } from '../config';
import type { ManifestSettings } from './manifest';

/** Stands in for a missing app id, so the package can still be built and inspected. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_URL = 'https://example.org';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface PackageOptions {
  /** Teams app id when it should differ from the bot's app id. */
  teamsAppId?: string;
  developerName?: string;
  privacyUrl?: string;
  termsUrl?: string;
  version: string;
}

/**
 * The manifest settings for this deployment, from the server's own settings (MicrosoftAppId,
 * PUBLIC_URL) and the packaging options. Returns warnings rather than failing, so a package can be
 * built before Azure is set up; the warnings say it cannot be used in Teams yet.
 */
export function manifestSettingsFrom(config: Config, options: PackageOptions): { settings: ManifestSettings; warnings: string[] } {
  const warnings: string[] = [];
  const botId = config.microsoftApp?.id;
  if (!botId) warnings.push('MicrosoftAppId is not set: the package uses a placeholder bot id and will not work in Teams.');
  else if (!GUID.test(botId)) throw new Error('MicrosoftAppId must be a GUID (the Azure Bot\'s Microsoft App ID).');
  const appId = options.teamsAppId ?? botId ?? PLACEHOLDER_ID;
  if (!GUID.test(appId)) throw new Error('The Teams app id must be a GUID.');

  const publicUrl = config.publicUrl;
  if (!publicUrl) warnings.push('PUBLIC_URL is not set: the developer links point to example.org.');
  else if (!publicUrl.startsWith('https://')) warnings.push('PUBLIC_URL is not https: Teams needs https links.');
  const site = publicUrl?.startsWith('https://') ? publicUrl : PLACEHOLDER_URL;
  const host = new URL(site).host;

  return {
    settings: {
      appId,
      botId: botId ?? PLACEHOLDER_ID,
      version: options.version,
      developer: {
        name: (options.developerName ?? 'Outcomes Bot').slice(0, 32),
        websiteUrl: site,
        privacyUrl: options.privacyUrl ?? site,
        termsOfUseUrl: options.termsUrl ?? site,
      },
      validDomains: site === PLACEHOLDER_URL ? [] : [host],
    },
    warnings,
  };
}
