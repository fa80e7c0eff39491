import { z } from 'zod';
import { activityOverCap } from './activityCaps';
import { serviceUrlProblem, type ServiceUrlPolicy } from './serviceUrls';

const text = (max: number) => z.string().max(max);
const account = z.looseObject({ id: text(1024), name: text(1024).nullish() });

/**
 * The least an activity must be before the Bot Framework adapter and the dialogs see it. The
 * adapter trusts its input's shape (a `type` that is not a string, a missing `conversation` or
 * `from`, a `text` that is a number all throw deep inside a turn); checking here turns them into
 * a 400 for the caller instead of a 500. Loose: Teams and Bot Service add many fields of their own.
 */
export const botFrameworkActivitySchema = z.looseObject({
  type: text(64).min(1),
  id: text(1024).nullish(),
  channelId: text(256).min(1),
  serviceUrl: text(2048).min(1),
  conversation: z.looseObject({ id: text(1024).min(1) }),
  from: account,
  recipient: account.nullish(),
  text: text(100_000).nullish(),
  speak: text(100_000).nullish(),
  locale: text(64).nullish(),
  name: text(1024).nullish(),
  replyToId: text(1024).nullish(),
  timestamp: text(64).nullish(),
  localTimestamp: text(64).nullish(),
  deliveryMode: text(64).nullish(),
  membersAdded: z.array(account).max(256).nullish(),
  membersRemoved: z.array(account).max(256).nullish(),
  attachments: z.array(z.looseObject({ contentType: text(256) })).max(50).nullish(),
  entities: z.array(z.record(z.string(), z.unknown())).max(50).nullish(),
  channelData: z.record(z.string(), z.unknown()).nullish(),
  value: z.unknown().optional(),
});

/** Names the field that was wrong, never its value: the value may be what a young person typed. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `activity.${issue.path.join('.')}` : 'activity';
  return `${where}: ${issue?.message ?? 'is not valid'}`;
}

export type ActivityCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; status: 400 | 413; message: string };

/**
 * Checks an /api/messages body after it is read and before the adapter: its shape (400), the
 * caps on what one message may bring (413), and that its serviceUrl is one of the channel's
 * (400), so nobody can make the server send replies to an address of their choosing.
 */
export function checkBotFrameworkActivity(body: unknown, policy: ServiceUrlPolicy): ActivityCheck {
  const checked = botFrameworkActivitySchema.safeParse(body);
  if (!checked.success) return { ok: false, status: 400, message: describe(checked.error) };
  const activity = checked.data as Record<string, unknown>;
  const overCap = activityOverCap(activity);
  if (overCap) return { ok: false, status: 413, message: overCap };
  const badServiceUrl = serviceUrlProblem(checked.data.channelId, checked.data.serviceUrl, policy);
  if (badServiceUrl) return { ok: false, status: 400, message: badServiceUrl };
  return { ok: true, activity };
}
