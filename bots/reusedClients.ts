import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Clients kept: one per bot app id, channel service URL and audience, so a handful in practice. */
const KEPT = 64;

/** Keeps the most recently used values; a failed creation is dropped so the next turn tries again. */
class RecentlyUsed<V> {
  private readonly values = new Map<string, Promise<V>>();

  get(key: string, create: () => Promise<V>): Promise<V> {
    const kept = this.values.get(key);
    if (kept) {
      this.values.delete(key);
      this.values.set(key, kept);
      return kept;
    }
    const made = create();
    made.catch(() => {
      if (this.values.get(key) === made) this.values.delete(key);
    });
    this.values.set(key, made);
    if (this.values.size > KEPT) this.values.delete(this.values.keys().next().value!);
    return made;
  }
}

/**
 * botbuilder builds a new connector client (an HTTP pipeline with its credentials) and a new user
 * token client for every turn, even when the replies go back in the response. This authentication
 * hands out the same clients again for the same bot, service URL and audience; what it checks on
 * each request is the wrapped authentication's, unchanged.
 */
export class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new RecentlyUsed<ConnectorClient>();
  private readonly tokenClients = new RecentlyUsed<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.factoryFor(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.factoryFor(result.claimsIdentity, result.connectorFactory) };
  }

  private factoryFor(claimsIdentity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return connectors.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () => inner.create(serviceUrl, audience));
      }
    })();
  }
}

function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
}
