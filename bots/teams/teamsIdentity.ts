import type { Activity } from 'botbuilder';
import { z } from 'zod';

export const TEAMS_CHANNEL_ID = 'msteams';

/** The parts of a Teams activity this bot relies on, as Teams documents them; the rest passes through. */
const teamsActivitySchema = z.object({
  channelId: z.literal(TEAMS_CHANNEL_ID),
  conversation: z.looseObject({
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().min(1).max(100).optional(),
  }),
  from: z.looseObject({ aadObjectId: z.string().min(1).max(100).optional() }).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().min(1).max(100) }).optional() }).nullish(),
});

export interface TeamsIdentity {
  /** Every tenant id the activity names (channelData.tenant.id and conversation.tenantId). */
  tenantIds: string[];
  /** The signed-in person, when Teams says who it is and the chat is one-to-one with the bot. */
  user?: TeamsUser;
}

export interface TeamsUser {
  tenantId: string;
  aadObjectId: string;
}

/** Who is talking, for an activity from Teams; undefined for any other channel. */
export function teamsIdentityOf(activity: Partial<Activity>): TeamsIdentity | undefined {
  if (activity.channelId !== TEAMS_CHANNEL_ID) return undefined;
  const parsed = teamsActivitySchema.safeParse(activity);
  if (!parsed.success) return { tenantIds: [] };
  const { conversation, from, channelData } = parsed.data;
  const tenantIds = [...new Set([channelData?.tenant?.id, conversation.tenantId].filter((id): id is string => Boolean(id)))];
  const tenantId = channelData?.tenant?.id ?? conversation.tenantId;
  const personal = conversation.conversationType === 'personal';
  // Only a one-to-one chat is the person's own: in a group chat the draft would not be theirs alone.
  const user = personal && tenantId && from?.aadObjectId ? { tenantId, aadObjectId: from.aadObjectId } : undefined;
  return { tenantIds, ...(user ? { user } : {}) };
}

/** When ALLOWED_TENANTS is set, every tenant an activity names must be on it (and it must name one). */
export function tenantAllowed(identity: TeamsIdentity, allowedTenants: readonly string[] | undefined): boolean {
  if (!allowedTenants || allowedTenants.length === 0) return true;
  const allowed = new Set(allowedTenants.map((id) => id.toLowerCase()));
  return identity.tenantIds.length > 0 && identity.tenantIds.every((id) => allowed.has(id.toLowerCase()));
}
