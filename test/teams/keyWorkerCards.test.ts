import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setStatus } from '../../src/domain/draft';
import { ButtonText, KeyWorkerVerb } from '../../bots/teams/keyWorkerCards';
import { KeyWorkerText } from '../../bots/teams/keyWorkerText';
import { TeamsText } from '../../bots/teams/teamsText';
import { actionOf, cardsIn, cardText, KeyWorkerTeamsHarness, personalChat, statusOn } from './keyWorkerHarness';
import { lastStep, OTHER_TENANT, TENANT, type TeamsPerson } from './teamsHarness';

interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

let h: KeyWorkerTeamsHarness;
let sequence = 0;
beforeAll(async () => {
  h = await new KeyWorkerTeamsHarness().start();
});
afterAll(async () => h?.stop());

/** A linked key worker with a fresh invitation code, installed in Teams: their chat and what it got. */
async function linkedKeyWorker(options: { drafts?: number } = {}) {
  sequence += 1;
  const email = `kw${sequence}@school.example`;
  const code = `KW${String(sequence).padStart(6, '0')}`;
  const keyWorkerId = await h.addKeyWorker(email, `Key Worker ${sequence}`, { code });
  const who = h.teamsPerson(email);
  expect(await h.stores.teamsLinks.linkTeamsAccount(email, who.aadObjectId, new Date())).toBe(true);
  const ids: string[] = [];
  for (let i = 0; i < (options.drafts ?? 1); i += 1) {
    ids.push(`d${sequence}x${i}`);
    await h.sharedDraft(`d${sequence}x${i}`, code);
  }
  const chat = personalChat();
  await h.post(h.teams.installed(who, chat));
  return { who, chat, code, keyWorkerId, name: `Key Worker ${sequence}`, ids, cards: cardsIn(h.connector.messages(chat)) };
}

async function press(who: TeamsPerson, chat: string, action: { verb?: string; data?: unknown; title?: string }) {
  const response = await h.post(h.teams.pressed(who, chat, 'card-1', action));
  expect(response.status).toBe(200);
  return response.body as InvokeBody;
}

const noticeOf = (card: unknown) => ((card as { body?: { text?: string }[] }).body ?? [])[0]?.text;

describe('a key worker whose Teams account is not linked', () => {
  it('is told politely to ask their administrator, with the id the administrator needs, and sees no drafts', async () => {
    await h.addKeyWorker('unlinked@school.example', 'Una Linked', { code: 'WXYWXY34' });
    await h.sharedDraft('for-unlinked', 'WXYWXY34', 'Private Person');
    const una = h.teamsPerson('Unlinked@School.example');
    const chat = personalChat();
    await h.post(h.teams.installed(una, chat));
    await h.post(h.teams.message(una, chat, 'hello, where are my drafts?'));

    const messages = h.connector.messages(chat);
    expect(messages.map((m) => m.text)).toEqual([KeyWorkerText.notLinked(una.aadObjectId), KeyWorkerText.notLinked(una.aadObjectId)]);
    expect(messages[0]?.text).toMatch(/ask your Outcomes Bot administrator to link your account/);
    expect(cardsIn(messages)).toEqual([]);
    expect(JSON.stringify(messages)).not.toContain('Private Person');
    // Not taken for a young person either: no journey question.
    expect(lastStep(messages)).toBeUndefined();
    // The log says it happened without naming the account.
    const log = h.logs.join('\n');
    expect(log).toContain('a key worker whose Teams account is not linked opened the app');
    expect(log).not.toContain(una.aadObjectId);
  });

  it('does not change how a young person is welcomed', async () => {
    const pupil = h.teamsPerson('pupil@school.example');
    const chat = personalChat();
    await h.post(h.teams.installed(pupil, chat));
    expect(lastStep(h.connector.messages(chat))).toBe(Step.welcomeReadingMode);
  });
});

describe('a linked key worker', () => {
  it('gets one card per draft shared with them when they install the app, and never anyone else’s', async () => {
    const other = await linkedKeyWorker({ drafts: 1 });
    const notShared = `ns${sequence}`;
    const kw = await linkedKeyWorker({ drafts: 2 });
    const unshared = (await h.sharedDraft(notShared, kw.code, 'Not Yet Shared')).id;
    await h.share(unshared, false);
    await h.sharedDraft(`nocode${sequence}`, 'AAAAAAAA', 'Someone Else');

    await h.post(h.teams.message(kw.who, kw.chat, 'show me my drafts'));
    const afterMessage = cardsIn(h.connector.messages(kw.chat)).slice(kw.cards.length);
    for (const cards of [kw.cards, afterMessage]) {
      expect(cards).toHaveLength(2);
      const text = cards.map(cardText).join(' ');
      for (const id of kw.ids) expect(text).toContain(`Young ${id}`);
      expect(text).not.toContain(`Young ${other.ids[0]}`);
      expect(text).not.toContain('Not Yet Shared');
      expect(text).not.toContain('Someone Else');
    }
    // Each card is its own message, so Teams can refresh and replace it on its own.
    expect(h.connector.messages(kw.chat).filter((m) => m.attachments?.length).every((m) => m.attachments?.length === 1)).toBe(true);
  });

  it('sees a card with Universal Actions: open on the review site, agree, request changes with a comment, refresh', async () => {
    const kw = await linkedKeyWorker();
    const card = kw.cards[0] as { version: string; refresh: { action: { type: string; verb: string }; userIds: string[] } };
    expect(Number(card.version)).toBeGreaterThanOrEqual(1.4);
    expect(card.refresh.action).toMatchObject({ type: 'Action.Execute', verb: KeyWorkerVerb.refresh });
    expect(card.refresh.userIds).toEqual([kw.who.id]);
    expect(actionOf(card, ButtonText.open)).toMatchObject({ type: 'Action.OpenUrl' });
    expect(actionOf(card, ButtonText.open)?.url).toMatch(new RegExp(`^http://localhost:\\d+/review/drafts/${kw.ids[0]}$`));
    expect(actionOf(card, ButtonText.agree)).toMatchObject({ type: 'Action.Execute', verb: KeyWorkerVerb.agree });
    expect(actionOf(card, ButtonText.requestChanges)).toMatchObject({ type: 'Action.ShowCard' });
    expect(cardText(actionOf(card, ButtonText.requestChanges))).toContain('Input.Text');
    expect(actionOf(card, ButtonText.send)).toMatchObject({ type: 'Action.Execute', verb: KeyWorkerVerb.requestChanges });
    expect(statusOn(card)).toBe('In progress');
  });

  it('agrees a draft: the status changes, as the key worker, and the refreshed card shows it', async () => {
    const kw = await linkedKeyWorker();
    const agree = actionOf(kw.cards[0], ButtonText.agree)!;
    const response = await press(kw.who, kw.chat, agree);
    expect(response).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(statusOn(response.value)).toBe('Agreed');
    expect(noticeOf(response.value)).toContain(KeyWorkerText.agreed);

    const stored = await h.draft(kw.ids[0]!);
    expect(stored?.draft.status).toBe('agreed');
    const versions = await h.teams.app.stores.drafts.versions(kw.ids[0]!);
    // The history names who agreed, as it does for the review site's buttons.
    expect(versions.at(-1)).toMatchObject({ author: 'key_worker', summary: `${kw.name}: agreed` });

    const refreshed = await press(kw.who, kw.chat, (kw.cards[0] as { refresh: { action: { verb: string; data: unknown } } }).refresh.action);
    expect(refreshed.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(statusOn(refreshed.value)).toBe('Agreed');
    expect(actionOf(refreshed.value, ButtonText.agree)).toBeUndefined();
  });

  it('changes a draft once when the same button is pressed twice', async () => {
    const kw = await linkedKeyWorker();
    const send = actionOf(kw.cards[0], ButtonText.send)!;
    const withComment = { ...send, data: { ...send.data, comment: 'Please add when you want to do this by.' } };
    await press(kw.who, kw.chat, withComment);
    const second = await press(kw.who, kw.chat, withComment);
    expect(noticeOf(second.value)).toBe(KeyWorkerText.changedSince('Changes requested'));

    const stored = await h.draft(kw.ids[0]!);
    expect(stored?.draft.comments.map((c) => c.text)).toEqual(['Please add when you want to do this by.']);
    const byKeyWorker = (await h.teams.app.stores.drafts.versions(kw.ids[0]!)).filter((v) => v.author === 'key_worker');
    expect(byKeyWorker).toHaveLength(1);
  });

  it('asks for the comment when changes are requested without one, and changes nothing', async () => {
    const kw = await linkedKeyWorker();
    const send = actionOf(kw.cards[0], ButtonText.send)!;
    const response = await press(kw.who, kw.chat, { ...send, data: { ...send.data, comment: '   ' } });
    expect(noticeOf(response.value)).toBe(KeyWorkerText.commentNeeded);
    expect((await h.draft(kw.ids[0]!))?.draft.status).toBe('in_progress');
  });

  it('is told plainly, and nothing changes, when the draft changed status, was unshared or was deleted since the card was sent', async () => {
    const kw = await linkedKeyWorker({ drafts: 3 });
    const [changed, unshared, deleted] = kw.ids as [string, string, string];
    const cardFor = (id: string) => kw.cards.find((c) => cardText(c).includes(`drafts/${id}"`))!;

    const before = await h.draft(changed);
    await h.saveDraft(setStatus(before!.draft, 'changes_requested'), 'key_worker');
    const stale = await press(kw.who, kw.chat, actionOf(cardFor(changed), ButtonText.agree)!);
    expect(noticeOf(stale.value)).toBe(KeyWorkerText.changedSince('Changes requested'));
    expect(statusOn(stale.value)).toBe('Changes requested');
    expect((await h.draft(changed))?.draft.status).toBe('changes_requested');

    await h.share(unshared, false);
    const versionUnshared = (await h.draft(unshared))?.version;
    const gone = await press(kw.who, kw.chat, actionOf(cardFor(unshared), ButtonText.agree)!);
    expect(gone).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(noticeOf(gone.value)).toBe(KeyWorkerText.noLongerShared);
    expect((gone.value as { actions?: unknown[] }).actions).toBeUndefined();
    expect(cardText(gone.value)).not.toContain(`Young ${unshared}`);
    expect((await h.draft(unshared))?.version).toBe(versionUnshared);

    await h.teams.app.stores.drafts.delete(deleted);
    const refresh = (cardFor(deleted) as { refresh: { action: { verb: string; data: unknown } } }).refresh.action;
    expect(noticeOf((await press(kw.who, kw.chat, refresh)).value)).toBe(KeyWorkerText.noLongerShared);
    expect(noticeOf((await press(kw.who, kw.chat, actionOf(cardFor(deleted), ButtonText.agree)!)).value)).toBe(KeyWorkerText.noLongerShared);
    expect(await h.draft(deleted)).toBeUndefined();
  });

  it('cannot act on a draft shared with someone else by changing the id on the card', async () => {
    const other = await linkedKeyWorker();
    const kw = await linkedKeyWorker();
    const agree = actionOf(kw.cards[0], ButtonText.agree)!;
    const response = await press(kw.who, kw.chat, { ...agree, data: { ...agree.data, draftId: other.ids[0] } });
    expect(noticeOf(response.value)).toBe(KeyWorkerText.noLongerShared);
    expect((await h.draft(other.ids[0]!))?.draft.status).toBe('in_progress');
  });
});

describe('a linked key worker from another tenant, with ALLOWED_TENANTS set', () => {
  let guarded: KeyWorkerTeamsHarness;
  beforeAll(async () => {
    guarded = await new KeyWorkerTeamsHarness().start({ ALLOWED_TENANTS: TENANT });
  });
  afterAll(async () => guarded?.stop());

  it('is refused: no cards, and a card press changes nothing', async () => {
    await guarded.addKeyWorker('away@other.example', 'Away Worker', { code: 'KMNPKMNP' });
    await guarded.sharedDraft('other-tenant-draft', 'KMNPKMNP', 'Guarded Person');
    const away = guarded.teamsPerson('away@other.example', OTHER_TENANT);
    await guarded.stores.teamsLinks.linkTeamsAccount('away@other.example', away.aadObjectId, new Date());
    const chat = personalChat();
    await guarded.post(guarded.teams.installed(away, chat));
    const messages: Partial<Activity>[] = guarded.connector.messages(chat);
    expect(messages.map((m) => m.text)).toEqual([TeamsText.tenantRefused]);
    expect(cardsIn(messages)).toEqual([]);

    const version = (await guarded.draft('other-tenant-draft'))?.version;
    const pressed = await guarded.post(
      guarded.teams.pressed(away, chat, 'card', { verb: KeyWorkerVerb.agree, data: { draftId: 'other-tenant-draft', basis: version } }),
    );
    expect(pressed.body).toMatchObject({ statusCode: 200, value: TeamsText.tenantRefused });
    expect((await guarded.draft('other-tenant-draft'))?.draft.status).toBe('in_progress');
  });
});
