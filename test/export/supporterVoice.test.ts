import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Draft } from '../../src/domain/draft';
import { NOW, sampleDraft } from './sampleDraft';

const words = createWords();

function draftBy(who: Draft['youngPerson']['who']): Draft {
  const draft = sampleDraft({ name: 'Jayden' });
  return { ...draft, youngPerson: { ...draft.youngPerson, who, age: 13, schoolYear: 8 } };
}

const htmlText = (draft: Draft, mode: 'standard' | 'easy_read' = 'standard') =>
  renderHtml(draft, { words, mode, now: NOW }).replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
const docxText = async (draft: Draft, mode: 'standard' | 'easy_read' = 'standard') =>
  (await mammoth.extractRawText({ buffer: await renderDocx(draft, { words, mode, now: NOW }) })).value.replace(/\s+/g, ' ');

describe("a carer's or supporter's draft reads about the young person, not in their voice", () => {
  it.each(['supporter', 'parent_carer'] as const)('the page and the Word copy (%s) name Jayden and say he has not seen it yet', async (who) => {
    for (const text of [htmlText(draftBy(who)), await docxText(draftBy(who))]) {
      expect(text).toMatch(/What people like and admire about Jayden/);
      expect(text).toMatch(/What would it do for Jayden\?/);
      expect(text).not.toMatch(/in my own words|about me\b|for me\?|agreed this wording|My views/);
      expect(text).toMatch(/Not yet seen by Jayden/);
      expect(text).toMatch(/Agreed by (Jayden's parent or carer|Someone who supports Jayden)/);
    }
    const easy = htmlText(draftBy(who), 'easy_read');
    expect(easy).toMatch(/What will it do for Jayden\?/);
    expect(easy).toMatch(/Jayden has not seen this yet/);
    expect(easy).not.toMatch(/my own words|for me\?|I agreed/);
  });

  it('the young person who took part keeps their own voice and no "not yet seen" line', async () => {
    for (const who of ['self', 'helper'] as const) {
      const text = await docxText(draftBy(who));
      expect(text).toMatch(/What would it do for me\?/);
      expect(text).not.toMatch(/Not yet seen by/);
      expect(text).toMatch(/I agreed this wording Yes/);
    }
  });
});

describe('a carer who said how they know the young person', () => {
  it('is named by that relationship in "Completed by" and "Agreed by", on the page and in Word', async () => {
    const draft = draftBy('parent_carer');
    const fostered = { ...draft, youngPerson: { ...draft.youngPerson, relationship: 'foster_carer' as const } };
    for (const text of [htmlText(fostered), await docxText(fostered)]) {
      expect(text).toMatch(/Completed by Foster carer/);
      expect(text).toMatch(/Agreed by Jayden's foster carer/);
      expect(text).not.toMatch(/Parent or carer|A supporter, such as/);
    }
  });
});
