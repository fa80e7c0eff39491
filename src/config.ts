import { z } from 'zod';

/** Days an unfinished draft is kept with no use before the retention job deletes it (RETENTION_DAYS). */
export const DEFAULT_RETENTION_DAYS = 180;

/** Empty strings in an env file mean "not set", as in most dotenv tooling. */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: optionalString.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    ALLOWED_TENANTS: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F-]{36}(\s*,\s*[0-9a-fA-F-]{36})*$/, 'must be Microsoft Entra tenant ids (GUIDs), separated by commas')
        .optional(),
    ),
    DIRECTLINE_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
    TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    MESSAGES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(600),
    RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
    ALLOW_UNAUTHENTICATED_MESSAGES: optionalString.pipe(z.enum(['true', 'false']).default('false')),
    TRUST_PROXY: optionalString.pipe(
      z
        .string()
        .regex(/^(true|false|[0-9])$/, 'must be false, true (one proxy) or the number of proxies in front of the server')
        .default('false'),
    ),
    SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must start with smtp:// or smtps://').optional()),
    REVIEW_EMAIL_FROM: optionalString.pipe(z.email('must be an email address').optional()),
    SAFEGUARDING_EMAIL_FROM: optionalString.pipe(z.email('must be an email address').optional()),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
    if (env.SMTP_URL && !env.REVIEW_EMAIL_FROM && !env.SAFEGUARDING_EMAIL_FROM) {
      const message = '(or SAFEGUARDING_EMAIL_FROM) is required when SMTP_URL is set';
      ctx.addIssue({ code: 'custom', path: ['REVIEW_EMAIL_FROM'], message });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  /** Where people reach this server; download links and the web chat page are built from it. */
  publicUrl?: string;
  dataDir: string;
  databaseUrl?: string;
  logLevel: Env['LOG_LEVEL'];
  microsoftApp?: { id: string; password?: string; tenantId?: string; type: Env['MicrosoftAppType'] };
  /** Teams tenants whose people may use the bot; when unset, any tenant that can reach it. */
  allowedTenants?: string[];
  directLine: { secret?: string; tokenTtlSeconds: number; tokenRequestsPerMinute: number };
  /** Messages allowed per minute from one conversation, and from one network address. */
  rateLimits: { perConversationPerMinute: number; perAddressPerMinute: number };
  retentionDays: number;
  /**
   * Local development only: without an app id, /api/messages serves callers on this machine
   * (the Bot Framework Emulator). Off by default: a reverse proxy on the same host would
   * otherwise let anyone act as the bot's users.
   */
  allowUnauthenticatedMessages: boolean;
  /** Proxies in front of the server that add X-Forwarded-For; 0 means the header is not trusted. */
  trustProxyHops: number;
  /** Email to key workers (a draft shared or sent back); off when SMTP_URL or REVIEW_EMAIL_FROM is not set. */
  email?: { smtpUrl: string; from: string };
  /** Where safeguarding leads' emails go out; without it, leads are told in Teams and the queue only. */
  safeguardingEmail?: { smtpUrl: string; from: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks every setting once. Throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') || 'environment';
    throw new ConfigError(`Setting ${name} is not valid: ${issue?.message ?? 'unknown problem'}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    microsoftApp: e.MicrosoftAppId
      ? { id: e.MicrosoftAppId, password: e.MicrosoftAppPassword, tenantId: e.MicrosoftAppTenantId, type: e.MicrosoftAppType }
      : undefined,
    allowedTenants: e.ALLOWED_TENANTS?.split(',').map((id) => id.trim().toLowerCase()),
    directLine: {
      secret: e.DIRECTLINE_SECRET,
      tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS,
      tokenRequestsPerMinute: e.TOKEN_REQUESTS_PER_MINUTE,
    },
    rateLimits: { perConversationPerMinute: e.MESSAGES_PER_MINUTE, perAddressPerMinute: e.MESSAGES_PER_MINUTE_PER_ADDRESS },
    retentionDays: e.RETENTION_DAYS,
    allowUnauthenticatedMessages: !e.MicrosoftAppId && e.ALLOW_UNAUTHENTICATED_MESSAGES === 'true',
    trustProxyHops: e.TRUST_PROXY === 'true' ? 1 : e.TRUST_PROXY === 'false' ? 0 : Number(e.TRUST_PROXY),
    email: e.SMTP_URL && e.REVIEW_EMAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.REVIEW_EMAIL_FROM } : undefined,
    safeguardingEmail: e.SMTP_URL && e.SAFEGUARDING_EMAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.SAFEGUARDING_EMAIL_FROM } : undefined,
  };
}
