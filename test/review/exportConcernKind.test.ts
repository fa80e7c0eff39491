import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFlag } from '../../src/domain/commentOperations';
import { touch } from '../../src/domain/draft';
import { Client, draftUrl, sampleDraft, saveDraft, type Site, twoKeyWorkers } from './harness';

/* The key worker's Word copy names each concern's kind in words a key worker reads, never the words typed. */

let site: Site;
let sam: Client;
let samCode: string;

beforeEach(async () => {
  ({ site, sam, samCode } = await twoKeyWorkers());
});
afterEach(async () => site.close());

async function flaggedDraft(id: string, categories: string[]): Promise<void> {
  let draft = touch(sampleDraft({ id, invitationCode: samCode, name: 'Alex Morgan' }), site.clock.now);
  for (const category of categories) draft = addFlag(draft, { category, at: new Date('2026-12-03T10:00:00.000Z'), step: 'hopes.dream' });
  await saveDraft(site, draft);
}

const docxText = async (id: string) => {
  const docx = await sam.get(`${draftUrl(id)}/export.docx`);
  expect(docx.status).toBe(200);
  return (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
};

describe("the key worker's Word copy", () => {
  it('names the kind of each concern ("Concern: possible neglect")', async () => {
    await flaggedDraft('kinds', ['neglect', 'bullying']);
    const text = await docxText('kinds');
    expect(text).toMatch(/Concern\s*possible neglect/);
    expect(text).toMatch(/Concern\s*possible bullying/);
  });

  it('leave alone: a draft with no concern names none', async () => {
    await flaggedDraft('none', []);
    expect(await docxText('none')).not.toMatch(/Concern\s*possible/);
  });
});
