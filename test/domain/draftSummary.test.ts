import { describe, expect, it } from 'vitest';
import { addAboutMe, addProvision, createDraft, removeItem, replaceItemText, type Draft } from '../../src/domain/draft';
import { summaryItems, summarySection } from '../../src/domain/draftSummary';
import { THEMES } from '../../src/domain/vocabulary';
import { buildDraft } from './fixtures';

function withAllProvision(): Draft {
  let draft = buildDraft(THEMES.slice(0, 3), { flag: true });
  const first = draft.outcomes[0]!.id;
  draft = addProvision(draft, first, 'Speech and language therapy', 'health').draft;
  draft = addProvision(draft, first, 'Small group maths', 'education').draft;
  return draft;
}

describe('summaryItems', () => {
  it('reads the draft back in EHC plan section order', () => {
    const sections = summaryItems(withAllProvision()).map((item) => item.section);
    const order = ['A', 'B', 'E', 'F', 'G', 'H'];
    expect(sections).toEqual([...sections].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(sections)).toEqual(new Set(order));
  });

  it('shows every answer the person gave, in their words', () => {
    const draft = withAllProvision();
    const texts = summaryItems(draft).map((item) => item.text);
    const given = [
      ...draft.aboutMe.strengths,
      ...draft.aboutMe.important,
      ...draft.aboutMe.support,
      ...draft.aspirations.map((a) => a.text),
      ...draft.needs.flatMap((n) => [n.text, ...(n.helps ?? [])]),
      ...draft.outcomes.flatMap((o) => [o.statement, o.timeframe!.phrase, o.measure!, o.doesForMe!, o.makesPossible!]),
      ...draft.outcomes.flatMap((o) => o.provision.map((p) => p.text)),
    ];
    expect(texts.sort()).toEqual(given.sort());
  });

  it('puts provision under F, G or H by who provides it, linked to its outcome', () => {
    const draft = withAllProvision();
    const outcomeId = draft.outcomes[0]!.id;
    expect(summarySection(draft, 'G')).toEqual([
      expect.objectContaining({ text: 'Speech and language therapy', labelKey: 'summary.provision', parentId: outcomeId }),
    ]);
    expect(summarySection(draft, 'F').map((i) => i.text)).toEqual(['Small group maths']);
    expect(summarySection(draft, 'H')).toHaveLength(3);
  });

  it('keeps the person\'s order within a section', () => {
    const draft = addAboutMe(addAboutMe(createDraft(), 'important', 'Football'), 'important', 'My cat');
    expect(summaryItems(draft).map((i) => [i.id, i.text])).toEqual([
      ['aboutMe/important/0', 'Football'],
      ['aboutMe/important/1', 'My cat'],
    ]);
  });

  it('gives the timeframe its resolved date beside the person\'s words', () => {
    const draft = buildDraft(['learning_and_work']);
    const when = summaryItems(draft).find((item) => item.labelKey === 'summary.outcomeWhen');
    expect(when).toMatchObject({ text: 'by next summer', date: '2026-07-31', section: 'E' });
  });

  it('every item id can be reworded and removed', () => {
    const draft = withAllProvision();
    const items = summaryItems(draft);
    for (const item of items) {
      const removed = summaryItems(removeItem(draft, item.id));
      expect(removed.find((i) => i.id === item.id && i.text === item.text && i.labelKey === item.labelKey)).toBeUndefined();
      if (item.labelKey === 'summary.outcomeWhen') continue;
      const reworded = summaryItems(replaceItemText(draft, item.id, 'Changed words'));
      expect(reworded.find((i) => i.id === item.id)?.text).toBe('Changed words');
      expect(reworded).toHaveLength(items.length);
    }
  });
});
