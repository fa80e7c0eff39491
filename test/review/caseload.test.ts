import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resubmit, setStatus, setYoungPerson, touch, type Draft } from '../../src/domain/draft';
import { normaliseInvitationCode } from '../../src/review/invitationCodes';
import { Client, draftUrl, sampleDraft, saveDraft, type Site, storedDraftOn, twoKeyWorkers } from './harness';

let site: Site;
let sam: Client;
let kim: Client;
let samCode: string;

beforeEach(async () => {
  ({ site, sam, kim, samCode } = await twoKeyWorkers());
});
afterEach(async () => site.close());

const docxText = async (response: Response) => (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;

const storedDraft = (id: string): Promise<Draft> => storedDraftOn(site, id);

function caseDraft(id: string, name: string, change: (d: Draft) => Draft = (d) => d): Draft {
  return change(touch(sampleDraft({ id, invitationCode: samCode, name }), site.clock.now));
}

describe('exports from the review site', () => {
  it('gives the shared key worker the plan in Word and as a page, with the plan header, and 404 to anyone else', async () => {
    const draft = caseDraft('exported', 'Alex Morgan', (d) => setYoungPerson(d, { dateOfBirth: '2010-03-14', setting: 'Hillside Academy' }));
    await saveDraft(site, draft);

    const docx = await sam.get(`${draftUrl('exported')}/export.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.headers.get('content-disposition')).toMatch(/attachment; filename="plan-morgan-alex-exported\.docx"/);
    const text = await docxText(docx);
    expect(text).toContain('Alex Morgan');
    expect(text).toContain('14 March 2010');
    expect(text).toContain('Hillside Academy');
    expect(text).toContain('Year 10');
    expect(text).toContain('Who contributed');
    expect(text).toContain('Sam Jones (key worker)');
    expect(text).toContain('By the end of Year 11 I will follow a written stable routine on my own');

    const page = await sam.get(`${draftUrl('exported')}/export.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await page.text();
    expect(body).toContain('Hillside Academy');
    expect(body).not.toContain('<form');

    // Another key worker, nobody, and a draft not shared: all the same 404.
    expect((await kim.get(`${draftUrl('exported')}/export.docx`)).status).toBe(404);
    expect((await kim.get(`${draftUrl('exported')}/export.html`)).status).toBe(404);
    expect((await new Client(site.url).get(`${draftUrl('exported')}/export.docx`)).status).toBe(404);
    await saveDraft(site, sampleDraft({ id: 'private', invitationCode: samCode, shared: false }));
    expect((await sam.get(`${draftUrl('private')}/export.docx`)).status).toBe(404);

    const draftPage = await (await sam.get(draftUrl('exported'))).text();
    expect(draftPage).toContain(`href="/review/drafts/exported/export.docx"`);
    expect(draftPage).toContain(`href="/review/drafts/exported/export.html"`);
  });

  it('says whose words a parent’s draft is, and puts a nursery child in nursery', async () => {
    const draft = caseDraft('parent', 'Maisie', (d) => ({
      ...d,
      youngPerson: { ...d.youngPerson, who: 'parent_carer', age: 4, schoolYear: -1 },
    }));
    await saveDraft(site, draft);
    const text = await docxText(await sam.get(`${draftUrl('parent')}/export.docx`));
    expect(text).toContain("This draft is in the words of Maisie's parent or carer");
    expect(text).not.toContain('in my own words');
    expect(text).toContain('Nursery');
    expect(text).not.toContain('Reception');
    expect(text).toContain('A parent or carer of Maisie');
  });

  it('downloads the filtered caseload as one zip of Word documents', async () => {
    await saveDraft(site, caseDraft('one', 'Ann Able'));
    await saveDraft(site, caseDraft('two', 'Ben Baker', (d) => setStatus(d, 'agreed')));
    await saveDraft(site, caseDraft('three', 'Cat Cole', (d) => setYoungPerson(d, { schoolYear: 11 })));
    const all = await sam.get('/review/export.zip');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('application/zip');
    expect(Object.keys((await JSZip.loadAsync(await all.arrayBuffer())).files).sort()).toEqual([
      'plan-able-ann-one.docx',
      'plan-baker-ben-two.docx',
      'plan-cole-cat-three.docx',
    ]);
    const year10 = await JSZip.loadAsync(await (await sam.get('/review/export.zip?year=10&status=new')).arrayBuffer());
    expect(Object.keys(year10.files)).toEqual(['plan-able-ann-one.docx']);
    const doc = await year10.file('plan-able-ann-one.docx')?.async('nodebuffer');
    expect((await mammoth.extractRawText({ buffer: doc! })).value).toContain('Ann Able');
    // Kim's caseload has none of Sam's drafts.
    expect(Object.keys((await JSZip.loadAsync(await (await kim.get('/review/export.zip')).arrayBuffer())).files)).toEqual([]);
    expect((await new Client(site.url).get('/review/export.zip')).status).toBe(404);
  });
});

describe('the caseload at a glance', () => {
  it('tells new, sent back, waiting, agreed and stale apart, with counts', async () => {
    const now = site.clock.now;
    await saveDraft(site, caseDraft('new', 'Nia New'));
    await saveDraft(site, caseDraft('back', 'Rob Back', (d) => resubmit(setStatus(d, 'changes_requested'), now)));
    await saveDraft(site, caseDraft('wait', 'Wes Wait', (d) => setStatus(d, 'changes_requested')));
    await saveDraft(site, caseDraft('done', 'Ada Done', (d) => setStatus(d, 'agreed')));
    await saveDraft(site, caseDraft('old', 'Olly Old', (d) => touch(d, new Date(now.getTime() - 40 * 86_400_000))));
    const page = await (await sam.get('/review')).text();
    const status = (name: string) => new RegExp(`${name}</a>[\\s\\S]*?class="case-status case-([a-z]+)"`).exec(page)?.[1];
    expect(status('Nia New')).toBe('new');
    expect(status('Rob Back')).toBe('resubmitted');
    expect(status('Wes Wait')).toBe('waiting');
    expect(status('Ada Done')).toBe('agreed');
    expect(status('Olly Old')).toBe('stale');
    for (const label of ['New', 'Sent back after changes', 'Waiting for the young person', 'Agreed', 'No change for 4 weeks']) {
      expect(page).toMatch(new RegExp(`<span class="n">1</span> ${label}</a>`));
    }
    expect(page).toMatch(/<span class="n">5<\/span> All<\/a>/);
  });

  it('filters by status, year group and flag, searches by name and sorts by the date to act by', async () => {
    await saveDraft(site, caseDraft('a', 'Ann Zephyr'));
    await saveDraft(site, caseDraft('b', 'Bea Young', (d) => setYoungPerson(d, { schoolYear: 11 })));
    await saveDraft(site, { ...caseDraft('c', 'Cal Xavier'), flags: [{ kind: 'safeguarding', category: 'bullying', at: new Date().toISOString(), step: 'hopes.dream' }] });
    const names = async (query: string) => {
      const page = await (await sam.get(`/review${query}`)).text();
      return [...page.matchAll(/<th scope="row"><a href="\/review\/drafts\/[a-z]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    };
    expect(await names('?year=11')).toEqual(['Bea Young']);
    expect(await names('?flag=yes')).toEqual(['Cal Xavier']);
    expect(await names('?flag=no&sort=name')).toEqual(['Bea Young', 'Ann Zephyr']);
    expect(await names('?q=zeph')).toEqual(['Ann Zephyr']);
    expect(await names('?q=ann%20zephyr&status=new')).toEqual(['Ann Zephyr']);
    expect(await names('?status=agreed')).toEqual([]);
    // Nonsense in the query is ignored, not an error.
    expect(await names('?year=<b>&status=nope&sort=x')).toHaveLength(3);

    // The key worker sets a date to act by; the soonest comes first (a flagged draft always leads).
    for (const [id, actBy] of [['a', '2026-05-01'], ['b', '2026-03-01']] as const) {
      const csrf = await sam.csrfFrom(draftUrl(id));
      expect((await sam.post(`${draftUrl(id)}/details`, { csrf, actBy, dateOfBirth: '', setting: '' })).status).toBe(303);
    }
    expect(await names('')).toEqual(['Cal Xavier', 'Bea Young', 'Ann Zephyr']);
    expect((await storedDraft('b')).keyWorker?.actBy).toBe('2026-03-01');
    const csrf = await sam.csrfFrom(draftUrl('b'));
    expect((await sam.post(`${draftUrl('b')}/details`, { csrf, actBy: '2026-13-45' })).status).toBe(400);
  });

  it('lists invitation codes with who used them and when they expire, and revokes them', async () => {
    await saveDraft(site, caseDraft('used', 'Uma Used'));
    let page = await (await sam.get('/review')).text();
    expect(page).toContain('Shared by: Uma Used');
    expect(page).toMatch(/Expires \d/);
    const code = normaliseInvitationCode(samCode);
    let invitation = await site.stores.invitations.findInvitation(code);
    expect(new Date(invitation!.expiresAt!).getTime() - new Date(invitation!.createdAt).getTime()).toBe(90 * 86_400_000);

    // Kim cannot revoke Sam's code.
    const kimCsrf = await kim.csrfFrom('/review');
    expect((await kim.post(`/review/invitations/${code}/revoke`, { csrf: kimCsrf })).status).toBe(404);
    const csrf = await sam.csrfFrom('/review');
    expect((await sam.post(`/review/invitations/${code}/revoke`, { csrf })).status).toBe(303);
    invitation = await site.stores.invitations.findInvitation(code);
    expect(invitation?.revokedAt).toBeDefined();
    page = await (await sam.get('/review')).text();
    expect(page).toMatch(/Revoked \d/);
    expect(page).not.toContain(`/review/invitations/${code}/revoke`);
    // A draft already shared stays shared.
    expect((await sam.get(draftUrl('used'))).status).toBe(200);
  });
});
