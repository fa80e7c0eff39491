import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { TeamsUser } from './teamsIdentity';

const linkSchema = z.object({ draftId: z.string().min(1) });

export const teamsUserKey = (user: TeamsUser): string => `teams-user/${user.tenantId}/${user.aadObjectId}`;

/**
 * The signed-in Teams account is the person's identity: it points at their draft, so a new chat
 * with the bot (a reinstall, another device's new conversation) carries on without a resume code.
 */
export class TeamsUserDrafts {
  constructor(private readonly storage: Storage) {}

  async draftIdOf(user: TeamsUser): Promise<string | undefined> {
    const key = teamsUserKey(user);
    const items = await this.storage.read([key]);
    const parsed = linkSchema.safeParse(items[key]);
    return parsed.success ? parsed.data.draftId : undefined;
  }

  async remember(user: TeamsUser, draftId: string): Promise<void> {
    if ((await this.draftIdOf(user)) === draftId) return;
    await this.storage.write({ [teamsUserKey(user)]: { draftId, eTag: '*' } });
  }
}
