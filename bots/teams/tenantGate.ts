import { ActivityTypes, type TurnContext } from 'botbuilder';
import { hashId, type Logger } from '../../src/log';
import { invokeMessage } from './teamsCards';
import { teamsIdentityOf, tenantAllowed } from './teamsIdentity';
import { TeamsText } from './teamsText';

/**
 * ALLOWED_TENANTS: people of other Teams tenants get a short refusal and nothing of theirs is
 * processed or kept. Other channels pass.
 */
export class TenantGate {
  constructor(
    private readonly allowedTenants: readonly string[] | undefined,
    private readonly log?: Logger,
  ) {}

  /** True when the activity was refused (and answered); the turn must then stop. */
  async refused(context: TurnContext): Promise<boolean> {
    const teams = teamsIdentityOf(context.activity);
    if (!teams || tenantAllowed(teams, this.allowedTenants)) return false;
    this.log?.warn({ tenants: teams.tenantIds.map(hashId), type: context.activity.type }, 'Teams activity from a tenant that is not allowed');
    const { type, name } = context.activity;
    if (type === ActivityTypes.Invoke) {
      const body = name === 'adaptiveCard/action' ? invokeMessage(TeamsText.tenantRefused) : undefined;
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: body ? 200 : 403, body } });
      return true;
    }
    const installed = type === ActivityTypes.InstallationUpdate && context.activity.action === 'add';
    if (type === ActivityTypes.Message || installed) {
      await context.sendActivity({ type: ActivityTypes.Message, text: TeamsText.tenantRefused, speak: TeamsText.tenantRefused });
    }
    return true;
  }
}
