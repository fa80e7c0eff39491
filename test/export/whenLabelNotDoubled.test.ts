import { describe, expect, it } from 'vitest';
import { addAspiration, createDraft, setYoungPerson, startOutcome, updateOutcome } from '../../src/domain/draft';
import { labelledWhen } from '../../src/domain/whenLine';
import { buildExportModel } from '../../src/export/exportModel';
import { createWords } from '../../src/i18n';
import { partCards } from '../../dialogs/reviewSummary';
import { reviewCards } from '../../dialogs/reviewCard';

/* The "by when" read back beside its label never says a word twice ("When When college starts"). */

const words = createWords();

function draftWith(phrase: string, date: string) {
  let d = setYoungPerson(createDraft({ id: 'd1', now: new Date('2026-12-05T09:00:00Z'), who: 'self' }), { name: 'Kai', age: 16, schoolYear: 11 });
  const hope = addAspiration(d, 'go to college', 'learning_and_work');
  d = hope.draft;
  const started = startOutcome(d, { statement: 'I will get the bus to college on my own.', aspirationId: hope.aspiration.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase, date } });
}

/** Each label and value of every fact set, read as one line ("When: when college starts ..."). */
function factLines(json: unknown): string[] {
  const lines: string[] = [];
  JSON.stringify(json, (key, value: unknown) => {
    if (key === 'facts' && Array.isArray(value)) for (const f of value as { title: string; value: string }[]) lines.push(`${f.title} ${f.value}`);
    return value;
  });
  return lines;
}

const doubled = (line: string) => /\b(\w+)\s+\1\b/i.exec(line);

const PHRASES: [string, string][] = [
  ['when college starts', '2027-09-01'],
  ['by july', '2027-07-22'],
  ['before college', '2027-07-22'],
  ['in 6 months', '2027-06-05'],
];

describe('the "by when" beside its label', () => {
  it('"When" beside "When college starts" reads "When:" and "when college starts"', () => {
    expect(labelledWhen('When', 'When college starts (by 1 September 2027)')).toEqual({ title: 'When:', value: 'when college starts (by 1 September 2027)' });
    expect(labelledWhen('By when', 'When college starts (by 1 September 2027)').title).toBe('By when:');
    expect(labelledWhen('When', 'By July 2027')).toEqual({ title: 'When', value: 'By July 2027' });
  });

  it.each(PHRASES)('"%s" is never read back with a word twice, in either register', (phrase, date) => {
    const draft = draftWith(phrase, date);
    for (const mode of ['standard', 'easy_read'] as const) {
      const t = words.forMode(mode);
      const lines = [...factLines(reviewCards(draft, t)), ...factLines(partCards(draft, t, 'outcomes'))].filter((l) => /^(?:By when|When)/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(doubled(line), line).toBeNull();
    }
  });

  it('the Word and page copies say "when college starts" once', () => {
    for (const mode of ['standard', 'easy_read'] as const) {
      const model = JSON.stringify(buildExportModel(draftWith('when college starts', '2027-09-01'), { words, mode }));
      expect(model).not.toMatch(/"(?:By when|When)","values":\["When/);
    }
  });
});
