import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { createStores } from '../../src/storage';
import { hashPassword } from '../../src/review/passwords';
import { ButtonText } from '../../bots/teams/keyWorkerCards';
import { KeyWorkerText } from '../../bots/teams/keyWorkerText';
import { teamsUserKey } from '../../bots/teams/teamsUserDrafts';
import { Client, PASSWORD } from '../review/harness';
import { actionOf, cardsIn, cardText, KeyWorkerTeamsHarness, personalChat } from './keyWorkerHarness';
import { lastStep, type TeamsPerson } from './teamsHarness';

const words = createWords().forMode('standard');

let h: KeyWorkerTeamsHarness;
beforeAll(async () => {
  h = await new KeyWorkerTeamsHarness().start();
});
afterAll(async () => h?.stop());

/** A young person chatting in Teams who typed their key worker's invitation code; returns their draft id. */
async function youngPersonInTeams(code: string): Promise<{ pupil: TeamsPerson; chat: string; draftId: string }> {
  const pupil = h.teamsPerson(`pupil-${code.toLowerCase()}@school.example`);
  const chat = personalChat();
  await h.post(h.teams.installed(pupil, chat));
  for (const answer of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Robin', 'Year 10', code]) {
    await h.post(h.teams.message(pupil, chat, answer));
  }
  expect(lastStep(h.connector.messages(chat))).toBe(Step.aboutMeStrengths);
  // The Teams account points at the person's draft, and the bot recorded this chat for it.
  const key = teamsUserKey({ tenantId: pupil.tenantId, aadObjectId: pupil.aadObjectId });
  const draftId = ((await h.teams.app.stores.state.read([key]))[key] as { draftId: string }).draftId;
  expect(await h.stores.chatLinks.lastConversation(draftId)).toMatchObject({ conversationId: chat, channelId: 'msteams' });
  return { pupil, chat, draftId };
}

/** Received by the stand-in for this chat after `from` (proactive ones are not replies). */
const receivedIn = (chat: string, from = 0) => h.connector.received.filter((r) => r.conversationId === chat).slice(from);

describe('a draft newly shared with a key worker who uses Teams', () => {
  it('arrives as a card in their chat, once, without them writing first; then their Request changes reaches the young person in Teams', async () => {
    await h.addKeyWorker('ash@school.example', 'Ash Keyworker', { code: 'HKMNPRTW' });
    const ash = h.teamsPerson('ash@school.example');
    await h.stores.teamsLinks.linkTeamsAccount('ash@school.example', ash.aadObjectId, new Date());
    const ashChat = personalChat();
    await h.post(h.teams.installed(ash, ashChat));
    expect(h.connector.messages(ashChat).map((m) => m.text)).toEqual([KeyWorkerText.noDrafts]);

    const { pupil, chat, draftId } = await youngPersonInTeams('HKMN-PRTW');
    // Not shared yet: nothing for the key worker.
    expect(cardsIn(h.connector.messages(ashChat))).toEqual([]);

    // The young person says yes to sharing (review.share); their next turn is when the bot notices.
    await h.share(draftId, true);
    await h.post(h.teams.message(pupil, chat, 'help'));
    await h.post(h.teams.message(pupil, chat, 'help'));
    const proactive = receivedIn(ashChat, 1);
    expect(proactive.map((r) => r.activity.text ?? 'card')).toEqual([KeyWorkerText.newlyShared, 'card']);
    expect(proactive.every((r) => r.replyToId === undefined)).toBe(true);
    const card = cardsIn(proactive.map((r) => r.activity))[0]!;
    expect(cardText(card)).toContain("Robin's draft");
    expect((card as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([ash.id]);

    // Ash asks for changes from that card; Robin is told in Teams at once.
    const before = receivedIn(chat).length;
    const send = actionOf(card, ButtonText.send)!;
    const response = await h.post(h.teams.pressed(ash, ashChat, 'card', { ...send, data: { ...send.data, comment: 'Can you say how you will know?' } }));
    expect(JSON.stringify(response.body)).toContain(KeyWorkerText.told);

    const told = receivedIn(chat, before);
    expect(told.map((r) => r.activity.text)).toEqual([words('review-site:notice.changesRequested')]);
    expect(told[0]?.replyToId).toBeUndefined();
    expect(told[0]?.activity.conversation?.id).toBe(chat);
    const stored = await h.draft(draftId);
    expect(stored?.draft.status).toBe('changes_requested');
    expect(stored?.draft.comments.map((c) => [c.text, c.by])).toEqual([['Can you say how you will know?', 'Ash Keyworker']]);

    // Robin reads the comment and sends the draft back: Ash gets a fresh card, as on the review site.
    const ashBefore = receivedIn(ashChat).length;
    await h.post(h.teams.message(pupil, chat, 'ok'));
    await h.post(h.teams.message(pupil, chat, 'Send it back to my key worker'));
    expect((await h.draft(draftId))?.draft.status).toBe('submitted');
    const back = receivedIn(ashChat, ashBefore);
    expect(back.map((r) => r.activity.text ?? 'card')).toEqual([KeyWorkerText.resubmitted, 'card']);
    expect(cardText(cardsIn(back.map((r) => r.activity))[0]!)).toContain("Robin's draft");
  });
});

describe('a key worker’s comment on the review site', () => {
  it('reaches a young person who chats in Teams', async () => {
    const added = await h.stores.keyWorkers.addKeyWorker({ email: 'web@school.example', name: 'Web Worker', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await h.stores.invitations.createInvitation({ code: 'XYXY3467', keyWorkerId: added!.id, createdAt: new Date().toISOString() });
    const { chat, draftId } = await youngPersonInTeams('XYXY-3467');
    await h.share(draftId, true);

    const site = new Client(h.teams.app.url);
    await site.login('web@school.example');
    const csrf = await site.csrfFrom(`/review/drafts/${draftId}`);
    const before = receivedIn(chat).length;
    expect((await site.post(`/review/drafts/${draftId}/comments`, { csrf, text: 'Lovely work' })).status).toBe(303);
    expect(receivedIn(chat, before).map((r) => r.activity.text)).toEqual([words('review-site:notice.comment')]);
  });
});

describe('when the young person cannot be reached in Teams', () => {
  it('still saves the change, and the key worker is told the young person will see it next time', async () => {
    await h.addKeyWorker('sol@school.example', 'Sol Keyworker', { code: 'PRPRTWTW' });
    const sol = h.teamsPerson('sol@school.example');
    await h.stores.teamsLinks.linkTeamsAccount('sol@school.example', sol.aadObjectId, new Date());
    await h.sharedDraft('never-installed', 'PRPRTWTW');
    // The young person's last chat was in Teams, but the bot holds no reference for it.
    await h.stores.chatLinks.rememberConversation('never-installed', { conversationId: 'a:1never', channelId: 'msteams' }, new Date());
    const chat = personalChat();
    await h.post(h.teams.installed(sol, chat));
    const agree = actionOf(cardsIn(h.connector.messages(chat))[0], ButtonText.agree)!;
    const response = await h.post(h.teams.pressed(sol, chat, 'card', agree));
    expect(JSON.stringify(response.body)).toContain(KeyWorkerText.notToldYet);
    expect((await h.draft('never-installed'))?.draft.status).toBe('agreed');
    expect(h.connector.received.filter((r) => r.conversationId === 'a:1never')).toEqual([]);
  });
});

describe('the log of all the above', () => {
  it('names no Teams account, person or comment, and hashes what it correlates', () => {
    const log = h.logs.join('\n');
    expect(log).toContain('key worker changed a draft');
    for (const who of h.people) {
      expect(log).not.toContain(who.aadObjectId);
      expect(log).not.toContain(who.id);
    }
    for (const said of ['Robin', 'Ash Keyworker', 'Can you say how you will know?', 'Lovely work', 'ash@school.example']) expect(log).not.toContain(said);
  });
});

describe('npm run keyworker -- link-teams', () => {
  const run = promisify(execFile);
  const cli = (dataDir: string, ...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/keyworker.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, KEYWORKER_PASSWORD: PASSWORD, DATABASE_URL: '' },
    }).then(
      (done) => ({ code: 0, out: done.stdout, err: done.stderr }),
      (failed: { code: number; stdout: string; stderr: string }) => ({ code: failed.code, out: failed.stdout, err: failed.stderr }),
    );

  it('links a Teams account to an existing key worker account, and refuses an unknown email or a malformed id', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kw-cli-'));
    try {
      const aad = '5d8e2f4a-1b3c-4d5e-8f9a-0b1c2d3e4f5a';
      expect((await cli(dataDir, 'add', 'cli@school.example', 'Cli Worker')).code).toBe(0);
      expect(await cli(dataDir, 'link-teams', 'nobody@school.example', aad)).toMatchObject({ code: 1, err: expect.stringContaining('No account') });
      expect((await cli(dataDir, 'link-teams', 'cli@school.example', 'not-a-guid')).code).toBe(2);
      expect((await cli(dataDir, 'link-teams', 'CLI@school.example', aad.toUpperCase())).code).toBe(0);

      const store = await createStores({ dataDir });
      try {
        expect((await store.teamsLinks.keyWorkerForTeams(aad))?.email).toBe('cli@school.example');
      } finally {
        await store.close();
      }
      expect((await cli(dataDir, 'unlink-teams', aad)).code).toBe(0);
      expect((await cli(dataDir, 'unlink-teams', aad)).code).toBe(1);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
