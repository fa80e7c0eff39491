/**
 * Where the bot may send its replies. An activity names a `serviceUrl`, and botbuilder POSTs the
 * bot's answers there (with the bot's credentials when it has them). Only the hosts Microsoft's
 * channels use are accepted, so nobody can make the server call an address of their choosing.
 *
 * - Teams: `smba.trafficmanager.net` (commercial, every region's path), and the government clouds.
 * - Every other Bot Service channel (Azure Direct Line, Web Chat...): `*.botframework.com`, and
 *   `*.botframework.azure.us` for government.
 * - This machine (`localhost`, 127.0.0.0/8, ::1) only in local development
 *   (`ALLOW_UNAUTHENTICATED_MESSAGES=true`), for the Bot Framework Emulator and test stand-ins.
 */

const TEAMS_HOSTS = new Set([
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
]);

const BOT_SERVICE_DOMAINS = ['botframework.com', 'botframework.azure.us'];

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || /^::ffff:127\./.test(host);
}

export interface ServiceUrlPolicy {
  /** Local development: the Emulator and stand-ins on this machine may be answered. */
  allowLoopback: boolean;
}

/**
 * Why a serviceUrl is refused (no value echoed), or undefined when it is one of the channel's. A
 * channel sends every activity with one of a few addresses: each verdict is worked out once.
 */
export function serviceUrlProblem(channelId: string, serviceUrl: string, policy: ServiceUrlPolicy): string | undefined {
  const key = `${policy.allowLoopback ? 1 : 0}\u0000${channelId}\u0000${serviceUrl}`;
  const known = verdicts.get(key);
  if (known !== undefined || verdicts.has(key)) return known;
  const problem = serviceUrlProblemAfresh(channelId, serviceUrl, policy);
  // Bounded: addresses sent by anyone must not grow memory without end.
  if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
  verdicts.set(key, problem);
  return problem;
}

const verdicts = new Map<string, string | undefined>();
const VERDICTS_KEPT = 1000;

function serviceUrlProblemAfresh(channelId: string, serviceUrl: string, policy: ServiceUrlPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return 'activity.serviceUrl: is not a web address';
  }
  if (url.username || url.password) return 'activity.serviceUrl: must not carry credentials';
  const host = url.hostname.toLowerCase();
  if (isLoopbackHost(host)) {
    if (policy.allowLoopback && (url.protocol === 'http:' || url.protocol === 'https:')) return undefined;
    return 'activity.serviceUrl: this machine is only allowed in local development';
  }
  if (url.protocol !== 'https:') return 'activity.serviceUrl: must use https';
  if (url.port !== '' && url.port !== '443') return 'activity.serviceUrl: must use the standard https port';
  if (channelId === 'msteams') {
    return TEAMS_HOSTS.has(host) ? undefined : 'activity.serviceUrl: is not a Microsoft Teams address';
  }
  const known = BOT_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
  return known ? undefined : 'activity.serviceUrl: is not a Bot Service address';
}
