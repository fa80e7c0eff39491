import Database from 'better-sqlite3';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { hashPassword } from '../../src/review/passwords';
import { Client, PASSWORD } from '../review/harness';
import { DirectLineClient, stepOf } from '../support/appClients';
import { cardsIn, cardText, KeyWorkerTeamsHarness, personalChat } from '../teams/keyWorkerHarness';
import { lastStep } from '../teams/teamsHarness';
import { TestSmtpServer } from './smtpServer';

/*
 * A disclosure typed on anonymous web chat (no key worker code, so no shared draft) reaches the
 * service's safeguarding lead and nobody else: in their queue, in Teams, by email.
 */

const DISCLOSURE = 'my mums boyfriend comes in my room at night and touches me';
const LEAD = 'lead@school.example';
const OTHER = 'other@school.example';
const easy = createWords().forMode('easy_read');

let h: KeyWorkerTeamsHarness;
let smtp: TestSmtpServer;
let leadChat: string;
let web: DirectLineClient;
let concernId: string;
let draftId: string;

const texts = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '');
const joined = (activities: Partial<Activity>[]) => texts(activities).join('\n');

/** Types the welcome answers a 16-year-old gives until the first question about them. */
async function throughWelcome(client: DirectLineClient): Promise<Partial<Activity>[]> {
  const all: Partial<Activity>[] = [...(await client.nextQuestion())];
  const answers: Record<string, string[]> = {
    [Step.welcomeReadingMode]: ['Easy read'],
    [Step.welcomeConsent]: ['yes'],
    [Step.welcomeWho]: ['me'],
    [Step.welcomeName]: ['Mia'],
    [Step.welcomeAge]: ['16', 'year 12'],
    [Step.welcomeInvite]: ['No code'],
  };
  for (let turn = 0; turn < 10; turn += 1) {
    const step = [...all].reverse().map(stepOf).find(Boolean);
    if (!step || !(step in answers)) return all;
    const answer = answers[step]!.shift();
    if (!answer) throw new Error(`no more answers for ${step}`);
    await client.say(answer);
    all.push(...(await client.nextQuestion()));
  }
  return all;
}

async function signedIn(email: string): Promise<Client> {
  const client = new Client(h.teams.app.url);
  expect((await client.login(email)).status).toBe(303);
  return client;
}

async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  smtp = new TestSmtpServer();
  const smtpUrl = await smtp.start();
  h = await new KeyWorkerTeamsHarness().start({ SMTP_URL: smtpUrl, SAFEGUARDING_EMAIL_FROM: 'safeguarding@school.example' });
  const passwordHash = await hashPassword(PASSWORD);
  await h.addKeyWorker(LEAD, 'Lee Lead', { passwordHash });
  expect(await h.concerns.setLead(LEAD, true)).toBe(true);
  await h.addKeyWorker(OTHER, 'Olly Other', { passwordHash, code: 'OTHER123' });
  // The lead uses Teams too: their account is linked and the app is installed in their chat.
  const leadInTeams = h.teamsPerson(LEAD);
  expect(await h.stores.teamsLinks.linkTeamsAccount(LEAD, leadInTeams.aadObjectId, new Date())).toBe(true);
  leadChat = personalChat();
  await h.post(h.teams.installed(leadInTeams, leadChat));
  web = await DirectLineClient.start(h.teams.app.url);
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await smtp?.stop();
});

describe('a disclosure on anonymous web chat', () => {
  it('is told plainly at the welcome that a safeguarding lead would be told', async () => {
    const welcome = await throughWelcome(web);
    expect(texts(welcome)).toContain(easy('welcome:consent.worryLead'));
    expect(joined(welcome)).not.toMatch(/won't tell|will not tell|keep (?:it|this) (?:a )?secret|between us/i);
    expect(stepOf(welcome.at(-1)!)).toBe(Step.aboutMeStrengths);
  });

  it('is answered kindly and honestly, and the questions "don\'t tell anyone" and "will mum be in trouble" get true answers', async () => {
    await web.say(DISCLOSURE);
    const support = await web.nextQuestion();
    expect(stepOf(support.at(-1)!)).toBe(Step.safeguardingCheck);
    expect(texts(support)).toContain(easy('safeguarding:leadWillKnow'));
    expect(texts(support)).toContain(easy('safeguarding:childline'));

    await web.say('please dont tell anyone');
    const secret = await web.nextQuestion();
    expect(texts(secret)).toContain(easy('safeguarding:secret.lead'));
    expect(joined(secret)).not.toMatch(/I will not tell|I won't tell|stay between us/i);
    expect(stepOf(secret.at(-1)!)).toBe(Step.safeguardingCheck);

    await web.say('is mum going to be in trouble');
    const trouble = await web.nextQuestion();
    expect(texts(trouble)).toContain(easy('safeguarding:trouble'));
    expect(stepOf(trouble.at(-1)!)).toBe(Step.safeguardingCheck);
  });

  it('reaches the lead in Teams at once, with a card that carries none of her words', async () => {
    const card = await waitFor(() => cardsIn(h.connector.messages(leadChat)).find((c) => cardText(c).includes('New safeguarding concern')), 'the lead\'s card');
    const link = /\/review\/safeguarding\/([0-9a-f-]{36})/.exec(cardText(card));
    expect(link).not.toBeNull();
    concernId = link![1]!;
    const everything = JSON.stringify(h.connector.messages(leadChat));
    expect(everything).not.toContain('boyfriend');
    expect(everything).not.toContain('Mia');
  });

  it('reaches the lead by email through a real SMTP server: a link, and no words of hers', async () => {
    const mail = await smtp.mailTo(LEAD);
    expect(mail.from).toBe('safeguarding@school.example');
    expect(mail.text).toContain(`/review/safeguarding/${concernId}`);
    expect(mail.text).not.toContain('boyfriend');
    expect(mail.text).not.toContain('Mia');
    expect(mail.text).not.toMatch(/sexual/i);
    // Only leads are emailed.
    expect(smtp.received.flatMap((m) => m.to)).not.toContain(OTHER);
  });

  it('"I\'m fine" is understood; she is offered, not made, to add her name and college; then carries on', async () => {
    await web.say('im fine');
    const glad = await web.nextQuestion();
    expect(texts(glad)).toContain(easy('safeguarding:glad'));
    expect(joined(glad)).not.toContain('999');
    expect(stepOf(glad.at(-1)!)).toBe(Step.safeguardingContact);

    await web.say('Mia Jones, Park Lane College');
    const thanks = await web.nextQuestion();
    expect(texts(thanks)).toContain(easy('safeguarding:contact.thanks'));
    expect(stepOf(thanks.at(-1)!)).toBe(Step.safeguardingCheck);

    await web.say('yeah');
    const back = await web.nextQuestion();
    expect(stepOf(back.at(-1)!)).toBe(Step.aboutMeStrengths);
  });

  it('is in the lead\'s queue with what led to it and whatever is known of her', async () => {
    const lead = await signedIn(LEAD);
    const queue = await lead.get('/review/safeguarding');
    expect(queue.status).toBe(200);
    const list = await queue.text();
    expect(list).toContain(`/review/safeguarding/${concernId}`);
    expect(list).toContain('Sexual abuse');
    expect(list).toContain(DISCLOSURE);
    expect(list).toContain('New: nobody has recorded anything yet');
    // The home page leads a lead to the queue.
    expect(await (await lead.get('/review')).text()).toContain('href="/review/safeguarding"');

    const page = await (await lead.get(`/review/safeguarding/${concernId}`)).text();
    expect(page).toContain(DISCLOSURE);
    // The message before it, and the question it interrupted.
    expect(page).toContain('<q>No code</q>');
    expect(page).toContain('What do people like and admire about you?');
    expect(page).toContain('Mia');
    expect(page).toContain('Year 12');
    expect(page).toContain('Mia Jones, Park Lane College');
    // What she said at the safety check, after the message that raised it; "im fine" and "yeah" add nothing.
    expect(page).toContain('<q>please dont tell anyone</q><br><q>is mum going to be in trouble</q>');
    expect(page).not.toContain('<q>im fine</q>');
    expect(page).toContain('None linked');
    expect(page).toContain('Web chat');
    const stored = await h.concerns.get(concernId);
    draftId = stored!.draftId;
    expect(stored?.step).toBe(Step.aboutMeStrengths);
    expect(stored?.category).toBe('sexual_abuse');
  });

  it('is nowhere else: another key worker gets "not found" and never sees her words', async () => {
    const other = await signedIn(OTHER);
    expect((await other.get('/review/safeguarding')).status).toBe(404);
    expect((await other.get(`/review/safeguarding/${concernId}`)).status).toBe(404);
    const csrf = await other.csrfFrom('/review');
    expect((await other.post(`/review/safeguarding/${concernId}/actions`, { csrf, action: 'closed' })).status).toBe(404);
    const home = await (await other.get('/review')).text();
    expect(home).not.toContain('boyfriend');
    expect(home).not.toContain('href="/review/safeguarding"');
    expect((await other.get(`/review/drafts/${draftId}`)).status).toBe(404);
    expect((await h.concerns.get(concernId))?.actions).toEqual([]);
    // Signed out: the sign-in page, nothing else.
    expect((await new Client(h.teams.app.url).get(`/review/safeguarding/${concernId}`)).status).toBe(303);
  });

  it('keeps what leads record, with name and time, as a history nobody can edit or delete', async () => {
    const lead = await signedIn(LEAD);
    const csrf = await lead.csrfFrom(`/review/safeguarding/${concernId}`);
    const spoke = await lead.post(`/review/safeguarding/${concernId}/actions`, { csrf, action: 'spoke', note: 'Met Mia at break, referred to MASH' });
    expect(spoke.status).toBe(303);
    expect((await lead.post(`/review/safeguarding/${concernId}/actions`, { csrf, action: 'referred' })).status).toBe(303);
    expect((await lead.post(`/review/safeguarding/${concernId}/actions`, { csrf, action: 'rewrite history' })).status).toBe(400);
    const page = await (await lead.get(`/review/safeguarding/${concernId}?done=referred`)).text();
    expect(page).toContain('Recorded: Referred.');
    expect(page).toMatch(/Spoke to the young person<\/strong> by Lee Lead/);
    expect(page).toContain('Met Mia at break, referred to MASH');

    const history = (await h.concerns.get(concernId))!.actions;
    expect(history.map((a) => [a.action, a.byName])).toEqual([
      ['spoke', 'Lee Lead'],
      ['referred', 'Lee Lead'],
    ]);
    // Even with the database file in hand, the history and the concern's words stay as they were.
    const db = new Database(path.join(h.dir, 'outcomes.sqlite'));
    try {
      expect(() => db.prepare('UPDATE safeguarding_actions SET note = ? WHERE concern_id = ?').run('nothing happened', concernId)).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM safeguarding_actions WHERE concern_id = ?').run(concernId)).toThrow(/cannot be deleted/);
      expect(() => db.prepare('UPDATE safeguarding_concerns SET message = ? WHERE id = ?').run('nothing', concernId)).toThrow(/cannot be changed/);
    } finally {
      db.close();
    }
    expect((await h.concerns.get(concernId))!.actions.map((a) => a.note ?? '')).toEqual(['Met Mia at break, referred to MASH', '']);
  });

  it('survives "delete my data": the concern and its history stay, the draft goes', async () => {
    expect(await h.teams.app.stores.drafts.get(draftId)).toBeDefined();
    await web.say('delete my data');
    await web.nextQuestion();
    await web.say('yes');
    await web.nextQuestion();
    expect(await h.teams.app.stores.drafts.get(draftId)).toBeUndefined();
    const kept = await h.concerns.get(concernId);
    expect(kept?.message).toBe(DISCLOSURE);
    expect(kept?.actions.map((a) => a.action)).toEqual(['spoke', 'referred']);
    const lead = await signedIn(LEAD);
    expect((await lead.get(`/review/safeguarding/${concernId}`)).status).toBe(200);
  });

  it('from a young person in Teams reaches the queue too, with their Teams identity and no need to give a name', async () => {
    const pupil = h.teamsPerson('pupil@school.example');
    const chat = personalChat();
    await h.post(h.teams.installed(pupil, chat));
    for (const text of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Jo', 'Year 10', 'No code']) await h.post(h.teams.message(pupil, chat, text));
    expect(lastStep(h.connector.messages(chat))).toBe(Step.aboutMeStrengths);
    await h.post(h.teams.message(pupil, chat, 'my mum hits me with a slipper'));
    expect(lastStep(h.connector.messages(chat))).toBe(Step.safeguardingCheck);
    await h.post(h.teams.message(pupil, chat, "I'm safe"));
    // Teams says who they are: straight to the way back, no offer to type a name and school.
    expect(h.connector.messages(chat).at(-1)?.text).toBe(createWords().forMode('standard')('safeguarding:carryOn.question'));

    const concern = (await h.concerns.list()).find((c) => c.person.teams?.aadObjectId === pupil.aadObjectId);
    expect(concern).toMatchObject({ category: 'harm_from_others', person: { name: 'Jo', schoolYear: 10, teams: { tenantId: pupil.tenantId, displayName: pupil.name } } });
    const lead = await signedIn(LEAD);
    const page = await (await lead.get(`/review/safeguarding/${concern!.id}`)).text();
    expect(page).toContain(pupil.aadObjectId);
    expect(page).toContain('Microsoft Teams');
    // The lead was told of this one too.
    await waitFor(() => cardsIn(h.connector.messages(leadChat)).find((c) => cardText(c).includes(concern!.id)), 'the second card');
  });
});
