import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFlag, takeBackFlag } from '../../src/domain/commentOperations';
import { touch, type Draft } from '../../src/domain/draft';
import { Client, sampleDraft, saveDraft, type Site, twoKeyWorkers } from './harness';

/*
 * The lead's queue says when the young person took back the answer that raised a concern ("i didnt
 * mean that"), and the key worker's Word copy names each concern's kind, in words a key worker reads.
 */

let site: Site;
let sam: Client;
let samCode: string;

beforeEach(async () => {
  ({ site, sam, samCode } = await twoKeyWorkers());
  await site.stores.concerns.setLead('sam@school.example', true);
});
afterEach(async () => site.close());

const RAISED = new Date('2026-12-03T10:00:00.000Z');
const TAKEN_BACK = new Date('2026-12-03T10:02:00.000Z');

async function flaggedDraft(id: string, category: string, takenBack: boolean): Promise<string> {
  let draft: Draft = touch(sampleDraft({ id, invitationCode: samCode, name: 'Alex Morgan' }), site.clock.now);
  draft = addFlag(draft, { category, at: RAISED, step: 'aboutMe.safe' });
  if (takenBack) draft = takeBackFlag(draft, 'aboutMe.safe', TAKEN_BACK);
  await saveDraft(site, draft);
  const raised = await site.stores.concerns.raise(
    { draftId: id, category, step: 'aboutMe.safe', message: 'no. delete that', channelId: 'directline', person: { name: 'Alex' } },
    RAISED,
    new Date('2060-01-01T00:00:00.000Z'),
  );
  return raised.id;
}

const visible = (page: string) => page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe("the safeguarding lead's queue", () => {
  it('says a concern was taken back by the young person, and when, and that it is still to be looked at', async () => {
    const takenBackId = await flaggedDraft('taken-back', 'other', true);
    const queue = visible(await (await sam.get('/review/safeguarding')).text());
    expect(queue).toMatch(/Taken back by the young person at 3 Dec 2026, 10:02; still to be looked at/);

    const page = visible(await (await sam.get(`/review/safeguarding/${takenBackId}`)).text());
    expect(page).toMatch(/Taken back by the young person at [^;]*; still to be looked at\. Their words are under "What they said after it"/);
  });

  it('leave alone: a concern nobody took back says nothing of it', async () => {
    const id = await flaggedDraft('kept', 'neglect', false);
    expect(visible(await (await sam.get('/review/safeguarding')).text())).not.toContain('Taken back');
    expect(visible(await (await sam.get(`/review/safeguarding/${id}`)).text())).not.toContain('Taken back');
  });
});
