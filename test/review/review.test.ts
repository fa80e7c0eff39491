import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import { isInvitationCode, normaliseInvitationCode } from '../../src/review/invitationCodes';
import { Client, draftUrl, MARKDOWN, sampleDraft, saveDraft, type Site, storedDraftOn, twoKeyWorkers, XSS } from './harness';

let site: Site;
let sam: Client;
let kim: Client;
let samCode: string;

beforeEach(async () => {
  ({ site, sam, kim, samCode } = await twoKeyWorkers());
});
afterEach(async () => site.close());


const storedDraft = (id: string): Promise<Draft> => storedDraftOn(site, id);

describe('invitations', () => {
  it('gives a short readable code and a join link that tells the young person what to type', async () => {
    expect(samCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(isInvitationCode(normaliseInvitationCode(samCode))).toBe(true);
    expect(samCode).not.toMatch(/[01OIL5S8BZ]/);
    const home = await (await sam.get('/review')).text();
    expect(home).toContain(`/join/${normaliseInvitationCode(samCode)}`);
    expect(home).toContain('Year 10');

    const join = await new Client(site.url).get(`/join/${normaliseInvitationCode(samCode).toLowerCase()}`);
    expect(join.status).toBe(200);
    const page = await join.text();
    expect(page).toContain(samCode);
    expect(page).toContain('href="/"');
    expect((await new Client(site.url).get('/join/<b>')).status).toBe(404);
  });

  it('cannot be created without the CSRF token', async () => {
    expect((await sam.post('/review/invitations', { note: 'x' })).status).toBe(403);
    expect((await sam.post('/review/invitations', { csrf: 'wrong', note: 'x' })).status).toBe(403);
  });

  it('are each key worker’s own', async () => {
    const kimPage = await (await kim.get('/review')).text();
    expect(kimPage).not.toContain(samCode);
  });
});

describe('drafts shared with a key worker', () => {
  it('lists only drafts with one of my codes whose young person said yes to sharing', async () => {
    // Typed as the chat stores it: upper case, as the person wrote it (with or without the dash).
    await saveDraft(site, sampleDraft({ id: 'shared-draft', invitationCode: samCode, shared: true, name: 'Shared Person' }));
    await saveDraft(site, sampleDraft({ id: 'not-yet', invitationCode: normaliseInvitationCode(samCode), shared: false, name: 'Not Yet Shared' }));
    await saveDraft(site, sampleDraft({ id: 'no-code', name: 'No Code Person' }));
    await saveDraft(site, sampleDraft({ id: 'other-code', invitationCode: 'AAAA-AAAA', shared: true, name: 'Other Code' }));
    const shared = (await site.stores.drafts.sharedWith((await site.stores.keyWorkers.findKeyWorkerByEmail('sam@school.example'))!.id)).map((d) => d.id);
    expect(shared).toEqual(['shared-draft']);

    const home = await (await sam.get('/review')).text();
    expect(home).toContain('Shared Person');
    // The sample draft was last changed long ago: it needs a nudge.
    expect(home).toContain('No change for 4 weeks');
    expect(home).not.toContain('Not Yet Shared');
    expect(home).not.toContain('No Code Person');
    expect(home).not.toContain('Other Code');
    expect(await (await kim.get('/review')).text()).not.toContain('Shared Person');
  });

  it('answers 404 for another key worker’s draft, an unshared draft and a draft that does not exist', async () => {
    await saveDraft(site, sampleDraft({ id: 'sams-draft', invitationCode: samCode }));
    await saveDraft(site, sampleDraft({ id: 'unshared', invitationCode: samCode, shared: false }));
    expect((await sam.get(draftUrl('sams-draft'))).status).toBe(200);
    expect((await kim.get(draftUrl('sams-draft'))).status).toBe(404);
    expect((await sam.get(draftUrl('unshared'))).status).toBe(404);
    expect((await sam.get(draftUrl('no-such-draft'))).status).toBe(404);
    const csrf = await kim.csrfFrom('/review');
    expect((await kim.post(`${draftUrl('sams-draft')}/comments`, { csrf, text: 'hello' })).status).toBe(404);
    expect((await kim.post(`${draftUrl('sams-draft')}/status`, { csrf, status: 'agreed' })).status).toBe(404);
    expect((await storedDraft('sams-draft')).comments).toEqual([]);
    expect((await storedDraft('sams-draft')).status).toBe('in_progress');
  });

  it('shows the draft as an EHC plan with golden-thread and SMART annotations and theme coverage', async () => {
    await saveDraft(site, sampleDraft({ id: 'plan', invitationCode: samCode }));
    const page = await (await sam.get(draftUrl('plan'))).text();
    const order = ['section-a', 'section-b', 'section-e', 'section-fgh', 'history-heading'].map((id) => page.indexOf(`<h2 id="${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('Serves the hope:');
    expect(page).toContain('I want to work with horses');
    expect(page).toContain('Golden thread: not linked to any need.');
    expect(page).toContain('Not measurable yet');
    expect(page).toContain('Themes with no hope yet');
    expect(page).toMatch(/class="covered">.*Learning and work/);
    expect(page).toMatch(/class="uncovered">.*Independent living/);
    expect(page).toContain('Suggested: Section B (educational)');
    // The area of need from the words: reading long instructions is cognition and learning.
    expect(page).toContain('Suggested: Section B (educational): cognition and learning');
    expect(page).toContain('Picture cards for each step');
    // One comment form per section (A, B, E, F/G/H) and the decision; every item can be chosen in its section's form.
    const items = page.match(/class="item"/g)?.length ?? 0;
    const forms = page.match(/action="\/review\/drafts\/plan\/comments"/g)?.length ?? 0;
    const choices = page.match(/<option value="[^"]+">/g)?.length ?? 0;
    expect(items).toBeGreaterThan(5);
    expect(forms).toBe(4);
    // Every item but the "by when" date (a date is changed in the chat, not reworded).
    expect(choices).toBe(items - 1);
  });

  it('escapes the young person’s words: script and markdown appear as text', async () => {
    await saveDraft(site, sampleDraft({ id: 'xss', invitationCode: samCode }));
    for (const route of ['/review', draftUrl('xss')]) {
      const page = await (await sam.get(route)).text();
      expect(page).not.toContain(XSS);
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const page = await (await sam.get(draftUrl('xss'))).text();
    expect(page).toContain('**bold** [click](javascript:alert(2)) &lt;img src=x onerror=alert(3)&gt;');
    expect(page).not.toContain('<strong>bold</strong>');
    expect(page).not.toContain('href="javascript:');
    expect(MARKDOWN).toContain('**bold**');
  });

  it('shows a safeguarding flag at the top of the list and of the draft', async () => {
    await saveDraft(site, sampleDraft({ id: 'calm', invitationCode: samCode, name: 'Calm Person' }));
    await saveDraft(site, sampleDraft({ id: 'flagged', invitationCode: samCode, flag: true, name: 'Flagged Person' }));
    const home = await (await sam.get('/review')).text();
    const banner = home.indexOf('class="safeguarding"');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(home.indexOf('<h1>'));
    expect(home.indexOf('Flagged Person')).toBeLessThan(home.indexOf('Calm Person'));
    const page = await (await sam.get(draftUrl('flagged'))).text();
    expect(page.indexOf('Safeguarding concern flagged')).toBeGreaterThan(0);
    expect(page.indexOf('Safeguarding concern flagged')).toBeLessThan(page.indexOf('<h1>'));
    expect(page).toContain('harm at home');
    expect(await (await sam.get(draftUrl('calm'))).text()).not.toContain('Safeguarding concern flagged');
  });
});

describe('comments and decisions', () => {
  it('adds a comment to an item as a key worker version and tells the young person in their chat', async () => {
    const draft = sampleDraft({ id: 'commented', invitationCode: samCode });
    await saveDraft(site, draft);
    await site.stores.chatLinks.rememberConversation('commented', { conversationId: 'conv-1', channelId: 'directline' }, new Date());
    const outcomeId = draft.outcomes[0]!.id;
    const csrf = await sam.csrfFrom(draftUrl('commented'));
    const response = await sam.post(`${draftUrl('commented')}/comments`, { csrf, itemId: outcomeId, text: `Could you say how you will know? ${XSS}` });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('?done=comment#item-');

    const stored = await storedDraft('commented');
    expect(stored.comments).toHaveLength(1);
    expect(stored.comments[0]).toMatchObject({ itemId: outcomeId, by: 'Sam Jones', resolved: false });
    const versions = await site.stores.drafts.versions('commented');
    expect(versions.at(-1)).toMatchObject({ author: 'key_worker', version: 2 });

    expect(site.sent).toHaveLength(1);
    expect(site.sent[0]?.conversationId).toBe('conv-1');
    expect(site.sent[0]?.activities[0]).toMatchObject({ type: 'message', channelData: { outcomes: { notice: 'keyWorker.comment' } } });
    expect(String(site.sent[0]?.activities[0]?.text)).toContain('key worker');

    const page = await (await sam.get(`${draftUrl('commented')}?done=comment`)).text();
    expect(page).toContain('Could you say how you will know? &lt;script&gt;');
    expect(page).toContain('Comment added');
  });

  it('keeps the comment on the draft when the young person cannot be told now (Teams, or no conversation known)', async () => {
    await saveDraft(site, sampleDraft({ id: 'teams', invitationCode: samCode }));
    await site.stores.chatLinks.rememberConversation('teams', { conversationId: 'a:teams', channelId: 'msteams' }, new Date());
    const csrf = await sam.csrfFrom(draftUrl('teams'));
    expect((await sam.post(`${draftUrl('teams')}/comments`, { csrf, text: 'Well done' })).status).toBe(303);
    expect((await storedDraft('teams')).comments.map((c) => c.text)).toEqual(['Well done']);
    expect(site.sent).toHaveLength(0);
  });

  it('refuses a comment without the CSRF token, an empty one, or one about an item that is not there', async () => {
    await saveDraft(site, sampleDraft({ id: 'guarded', invitationCode: samCode }));
    expect((await sam.post(`${draftUrl('guarded')}/comments`, { text: 'no token' })).status).toBe(403);
    expect((await sam.post(`${draftUrl('guarded')}/comments`, { csrf: 'forged', text: 'bad token' })).status).toBe(403);
    const csrf = await sam.csrfFrom(draftUrl('guarded'));
    expect((await sam.post(`${draftUrl('guarded')}/comments`, { csrf, text: '   ' })).status).toBe(400);
    expect((await sam.post(`${draftUrl('guarded')}/comments`, { csrf, text: 'x', itemId: 'nothing-here' })).status).toBe(400);
    // Another key worker's token is not mine.
    const kimToken = await kim.csrfFrom('/review');
    expect((await sam.post(`${draftUrl('guarded')}/comments`, { csrf: kimToken, text: 'x' })).status).toBe(403);
    expect((await storedDraft('guarded')).comments).toEqual([]);
  });

  it('requests changes, then agrees, with each step in the history', async () => {
    await saveDraft(site, sampleDraft({ id: 'decided', invitationCode: samCode }));
    await site.stores.chatLinks.rememberConversation('decided', { conversationId: 'conv-2', channelId: 'directline' }, new Date());
    let csrf = await sam.csrfFrom(draftUrl('decided'));
    expect((await sam.post(`${draftUrl('decided')}/status`, { csrf, status: 'changes_requested', message: 'Add when, please' })).status).toBe(303);
    let stored = await storedDraft('decided');
    expect(stored.status).toBe('changes_requested');
    expect(stored.comments.map((c) => c.text)).toEqual(['Add when, please']);

    csrf = await sam.csrfFrom(draftUrl('decided'));
    // The message is still open: agreeing asks first, and changes nothing until confirmed.
    const asked = await sam.post(`${draftUrl('decided')}/status`, { csrf, status: 'agreed' });
    expect(asked.status).toBe(200);
    const confirmPage = await asked.text();
    expect(confirmPage).toContain('Agree with open comments?');
    expect(confirmPage).toContain('Add when, please');
    expect((await storedDraft('decided')).status).toBe('changes_requested');
    expect((await sam.post(`${draftUrl('decided')}/status`, { csrf, status: 'agreed', confirm: 'yes' })).status).toBe(303);
    stored = await storedDraft('decided');
    expect(stored.status).toBe('agreed');

    const versions = await site.stores.drafts.versions('decided');
    expect(versions.map((v) => [v.author, v.summary])).toEqual([
      ['young_person', 'test draft'],
      ['key_worker', 'Sam Jones: changes requested'],
      ['key_worker', 'Sam Jones: agreed'],
    ]);
    const page = await (await sam.get(draftUrl('decided'))).text();
    expect(page).toMatch(/class="status status-agreed">Agreed/);
    // The history names who did what.
    expect(page).toMatch(/<td>Sam Jones \(key worker\)<\/td><td>changes requested; agreed<\/td>/);
    expect(site.sent.map((s) => (s.activities[0]?.channelData as { outcomes: { notice: string } }).outcomes.notice)).toEqual([
      'keyWorker.changes_requested',
      'keyWorker.agreed',
    ]);
    expect((await sam.post(`${draftUrl('decided')}/status`, { csrf, status: 'in_progress' })).status).toBe(400);
  });

  it('uses the young person’s reading mode for the chat notice', async () => {
    const draft = sampleDraft({ id: 'easy', invitationCode: samCode });
    await saveDraft(site, { ...draft, youngPerson: { ...draft.youngPerson, readingMode: 'easy_read' } });
    await site.stores.chatLinks.rememberConversation('easy', { conversationId: 'conv-3', channelId: 'directline' }, new Date());
    const csrf = await sam.csrfFrom(draftUrl('easy'));
    await sam.post(`${draftUrl('easy')}/comments`, { csrf, text: 'Nice' });
    expect(site.sent[0]?.activities[0]).toMatchObject({ text: 'Your key worker wrote a note about your plan. Type show my draft to see it.' });
  });
});
