import { z } from 'zod';

const userIdSchema = z.string().trim().min(1).max(256);
const nameSchema = z.string().max(256);

/** `POST /tokens/generate`: the page may choose the user id (and name) the token is bound to. */
export const tokenRequestSchema = z
  .object({ user: z.object({ id: userIdSchema, name: nameSchema.optional() }).optional() })
  .optional();

/** `POST /conversations`: botframework-directlinejs always sends `{ user: { id? }, locale? }`. */
export const startConversationSchema = z
  .looseObject({
    user: z.looseObject({ id: userIdSchema.optional(), name: nameSchema.optional() }).optional(),
    locale: z.string().max(50).optional(),
  })
  .optional();

/** Activity types a Direct Line client may send; invokes need a synchronous answer this channel does not give. */
export const CLIENT_ACTIVITY_TYPES = ['message', 'typing', 'event', 'endOfConversation'] as const;

/**
 * `POST /conversations/{id}/activities`. Unknown fields are kept (Web Chat adds channelData,
 * entities and more); the fields the channel owns are overwritten after parsing.
 */
export const postedActivitySchema = z.looseObject({
  type: z.enum(CLIENT_ACTIVITY_TYPES),
  from: z.looseObject({ id: userIdSchema.optional(), name: nameSchema.optional() }).optional(),
  text: z.string().max(100_000).optional(),
  locale: z.string().max(50).optional(),
  name: z.string().max(256).optional(),
  replyToId: z.string().max(300).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  value: z.unknown().optional(),
});

export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** Says what was wrong without echoing the value, which may be what a young person typed. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Request body is not valid';
  const where = issue.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message}`;
}
