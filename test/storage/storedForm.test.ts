import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '../../src/domain/draft';
import { addAspiration, updateOutcome } from '../../src/domain/operations';
import { prepareDraftSaves, ParsedDrafts } from '../../src/storage/parsedDrafts';
import { documentJson } from '../../src/storage/rows';
import { storedForm } from '../../src/storage/storedForm';
import { buildDraft } from '../domain/fixtures';

/** What the stored text reads back as, the slow way. */
const readBack = (value: unknown): unknown => JSON.parse(documentJson(value)) as unknown;
const same = (value: unknown, before?: unknown) => {
  const json = documentJson(value);
  const stored = storedForm(value, json, before);
  expect(JSON.stringify(stored)).toBe(json);
  expect(stored).toStrictEqual(readBack(value));
  return stored;
};

describe('a draft as its stored text reads back, without parsing the text', () => {
  const before = JSON.parse(JSON.stringify(draftSchema.parse(buildDraft(['learning_and_work', 'health_and_wellbeing'])))) as Draft;
  const outcomeId = before.outcomes[0]!.id;

  it('is the stored text read back, and shares what the turn did not change', () => {
    const added = addAspiration(before, 'i want to work with animals \u0000at the farm', 'learning_and_work').draft;
    const stored = same(added, before) as Draft;
    expect(stored.outcomes).toBe(before.outcomes);
    expect(stored.aboutMe).toBe(before.aboutMe);
    expect(stored.aspirations.at(-1)!.text).toBe('i want to work with animals at the farm');

    const changed = same(updateOutcome(before, outcomeId, { measure: 'when i can get the bus on my own \ud83d' }), before) as Draft;
    expect(changed.outcomes[1]).toBe(before.outcomes[1]);
    expect(changed.outcomes[0]).not.toBe(before.outcomes[0]);
    expect(changed.outcomes[0]!.measure).toBe('when i can get the bus on my own \ufffd');
  });

  it('leaves alone: a part equal to the one before but not the same object is copied, not shared', () => {
    const copy = structuredClone(before);
    const stored = same(copy, before) as Draft;
    expect(stored.outcomes).not.toBe(before.outcomes);
    expect(stored.outcomes).not.toBe(copy.outcomes);
  });

  it('reads back as JSON does: gaps, odd numbers, dates, unusual keys', () => {
    same({ list: [1, undefined, () => 1, NaN, -0, Infinity], gone: undefined, when: new Date(0), n: -0 });
    same(JSON.parse('{"__proto__": {"a": 1}, "b\\u0000c": "d", "bc": 2}'));
    same({ text: "it's ok \ud83d\ude00", nested: { deep: [{ x: [true, null, 'y'] }] } });
    same([{ toJSON: () => 'as text' }]);
    expect(() => storedForm(undefined, documentJson({}), undefined)).not.toThrow();
  });

  it('a turn that writes its draft keeps it for the next read as the stored text reads back', () => {
    const known = new ParsedDrafts();
    const change = { author: 'young_person' as const, summary: 'an answer' };
    const first = prepareDraftSaves([{ id: before.id, document: before, expectedVersion: 0, change }], known);
    const firstKept = first.checked.get(before.id)!;
    known.keep(before.id, firstKept.json, firstKept.draft, true);
    const next = addAspiration(firstKept.draft, 'i like making people laugh', 'health_and_wellbeing').draft;
    const second = prepareDraftSaves([{ id: before.id, document: next, expectedVersion: 1, change }], known);
    const kept = second.checked.get(before.id)!;
    expect(kept.draft).toStrictEqual(JSON.parse(kept.json));
    expect(kept.draft.outcomes).toBe(firstKept.draft.outcomes);
    expect(second.prepared[0]!.previous?.json).toBe(firstKept.json);
  });
});
