import {
  ActivityTypes,
  DeliveryModes,
  type Activity,
  type CloudAdapter,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import type { Deliver } from './conversations';

export interface AdapterDeliveryOptions {
  /** MicrosoftAppId when the bot has credentials; the turn then runs under that identity. */
  appId?: string;
  /** The adapter's own authentication; read from the adapter when not given. */
  botFrameworkAuthentication?: BotFrameworkAuthentication;
}

/**
 * Runs Direct Line activities through the CloudAdapter in this process, so the bot sees the same
 * pipeline (middleware, onTurnError, state) as on /api/messages.
 *
 * How replies come back: the activity is delivered with `deliveryMode: 'expectReplies'`, so
 * botbuilder does not send the bot's replies to a serviceUrl; TurnContext buffers them
 * (`bufferedReplyActivities`, the body of the ExpectedReplies invoke response). When the turn has
 * finished they are returned to the channel, which stores them in the conversation's activity log;
 * the store's notices (PostgreSQL LISTEN/NOTIFY, or in process with SQLite) tell every
 * instance's open WebSocket streams at once.
 *
 * The request does not come over the network, so there is no JWT to validate: the channel is
 * trusted in process and the AuthenticateRequestResult is made here, as CloudAdapter does for
 * named pipes. With an app id the identity carries it as audience and app id, so outbound clients
 * (e.g. the user token client) are built with the bot's credentials.
 */
export function createAdapterDelivery(
  adapter: CloudAdapter,
  botLogic: (context: TurnContext) => Promise<void>,
  options: AdapterDeliveryOptions = {},
): Deliver {
  const authentication = options.botFrameworkAuthentication ?? adapter['botFrameworkAuthentication'];
  const claimsIdentity = options.appId
    ? new ClaimsIdentity(
        [
          { type: AuthenticationConstants.AudienceClaim, value: options.appId },
          { type: AuthenticationConstants.AppIdClaim, value: options.appId },
        ],
        true,
      )
    : new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
  const authenticateRequestResult: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: authentication.createConnectorFactory(claimsIdentity),
  };

  return async (incoming) => {
    const activity = { ...incoming, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
    // The context is revoked when the turn ends, but its buffer array lives on; it is read after the
    // whole pipeline has run, so replies sent by middleware or onTurnError are included.
    let replies: Partial<Activity>[] = [];
    await adapter.processActivityDirect(authenticateRequestResult, activity, async (context) => {
      replies = context.bufferedReplyActivities;
      await botLogic(context);
    });
    return replies.filter((reply) => reply.type !== ActivityTypes.InvokeResponse);
  };
}
