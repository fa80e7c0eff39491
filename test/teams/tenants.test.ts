import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { loadConfig } from '../../src/config';
import { TeamsText } from '../../bots/teams/teamsText';
import { teamsUserKey } from '../../bots/teams/teamsUserDrafts';
import { OTHER_TENANT, TENANT, TeamsHarness, lastStep, person, personalChat } from './teamsHarness';

let teams: TeamsHarness;
beforeAll(async () => {
  teams = await new TeamsHarness().start({ ALLOWED_TENANTS: `${TENANT.toUpperCase()}, 11111111-2222-3333-4444-555555555555` });
});
afterAll(async () => teams?.stop());

describe('ALLOWED_TENANTS', () => {
  it('serves people of an allowed tenant as usual', async () => {
    const sam = person(TENANT);
    const chat = personalChat();
    await teams.post(teams.installed(sam, chat));
    expect(lastStep(teams.connector.messages(chat))).toBe(Step.welcomeReadingMode);
  });

  it('tells someone from another tenant plainly that the bot is not for them, and keeps nothing', async () => {
    const stranger = person(OTHER_TENANT);
    const chat = personalChat();
    await teams.post(teams.installed(stranger, chat));
    await teams.post(teams.message(stranger, chat, 'I want to be a vet'));
    const replies = teams.connector.messages(chat);
    expect(replies.map((m) => m.text)).toEqual([TeamsText.tenantRefused, TeamsText.tenantRefused]);
    expect(replies.some((m) => m.suggestedActions || m.attachments?.length)).toBe(false);
    const kept = await teams.app.stores.state.read([
      teamsUserKey({ tenantId: OTHER_TENANT, aadObjectId: stranger.aadObjectId }),
      `msteams/conversations/${chat}/`,
    ]);
    expect(kept).toEqual({});
  });

  it('refuses an activity that names an allowed tenant in one place and another tenant elsewhere', async () => {
    const sam = person(TENANT);
    const chat = personalChat();
    const mixed = teams.message(sam, chat, 'hello');
    mixed.channelData = { tenant: { id: OTHER_TENANT } };
    await teams.post(mixed);
    expect(teams.connector.messages(chat).map((m) => m.text)).toEqual([TeamsText.tenantRefused]);
  });

  it('answers a card press from another tenant with the refusal, and changes nothing', async () => {
    const stranger = person(OTHER_TENANT);
    const chat = personalChat();
    const response = await teams.post(teams.pressed(stranger, chat, 'card', { verb: 'outcomes.answer', data: { step: Step.welcomeReadingMode, answer: 'Easy read' } }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, value: TeamsText.tenantRefused });
    expect(teams.connector.messages(chat)).toEqual([]);
  });
});

describe('the ALLOWED_TENANTS setting', () => {
  it('is read as a list of tenant ids, and a value that is not one stops the server naming the setting', () => {
    expect(loadConfig({ ALLOWED_TENANTS: '' }).allowedTenants).toBeUndefined();
    expect(loadConfig({ ALLOWED_TENANTS: `${TENANT}, ${OTHER_TENANT.toUpperCase()}` }).allowedTenants).toEqual([TENANT, OTHER_TENANT]);
    expect(() => loadConfig({ ALLOWED_TENANTS: 'our-school' })).toThrow(/ALLOWED_TENANTS/);
  });
});
