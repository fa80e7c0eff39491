import { describe, expect, it } from 'vitest';
import { addAboutMe, addAspiration, createDraft, setYoungPerson } from '../../src/domain/draft';
import { buildExportModel } from '../../src/export/exportModel';
import { createWords } from '../../src/i18n';
import { reviewCards } from '../../dialogs/reviewCard';

const words = createWords();

function draftBy(who: 'parent_carer' | 'self') {
  let d = setYoungPerson(createDraft({ id: 'd1', now: new Date('2026-12-02T09:00:00Z'), who }), { name: 'Leo', age: 11, schoolYear: 6 });
  d = addAboutMe(d, 'strengths', 'he is really funny when he is relaxed');
  d = addAspiration(d, 'to have a job on the railway', 'learning_and_work').draft;
  return d;
}

const everything = (model: unknown) => JSON.stringify(model);

describe("headings of a parent's draft read about the child", () => {
  it.each(['standard', 'easy_read'] as const)('the Word and page copies (%s) name Leo, never "me"', (mode) => {
    const text = everything(buildExportModel(draftBy('parent_carer'), { words, mode }));
    expect(text).toMatch(/about Leo/);
    expect(text).not.toMatch(/about me"|support me"|important to me"/);
  });

  it("the young person's own draft keeps their own voice", () => {
    expect(everything(buildExportModel(draftBy('self'), { words, mode: 'standard' }))).toMatch(/What people like and admire about me/);
  });

  it('the summary card in the chat names Leo in a parent\'s draft', () => {
    const card = JSON.stringify(reviewCards(draftBy('parent_carer'), words.forMode('standard')));
    expect(card).toMatch(/What people like about Leo/);
    expect(card).not.toMatch(/What people like about me/);
  });
});
