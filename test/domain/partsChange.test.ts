import { describe, expect, it } from 'vitest';
import { addAboutMe, addAspiration, createDraft, type Draft } from '../../src/domain/draft';
import { partsChangeBetween, partsChangeSchema, undoPartsChange } from '../../src/domain/partsChange';

/* One change to the plan's parts is kept as the items it touched; undoing it puts back those and nothing else. */

function threeHopes(): Draft {
  let d = addAboutMe(createDraft(), 'strengths', 'drawing');
  for (const text of ['get a job', 'be healthy', 'live in a flat']) d = addAspiration(d, text, null).draft;
  return d;
}
const hopes = (d: Draft) => d.aspirations.map((a) => a.text);
const reword = (d: Draft, i: number, text: string): Draft => ({ ...d, aspirations: d.aspirations.map((a, at) => (at === i ? { ...a, text } : a)) });

describe('one change to the plan, undone', () => {
  it('puts a removed hope back where it was, keeping an edit made since to another hope', () => {
    const before = threeHopes();
    const removed = { ...before, aspirations: before.aspirations.filter((_, i) => i !== 1) };
    const change = partsChangeSchema.parse(partsChangeBetween(before, removed));
    const editedSince = reword(removed, 1, 'live in a flat with sam');
    expect(hopes(undoPartsChange(editedSince, change))).toEqual(['get a job', 'be healthy', 'live in a flat with sam']);
  });

  it('takes out only what the change added, and puts back reworded words', () => {
    const before = threeHopes();
    const added = addAspiration(before, 'learn to drive', null).draft;
    expect(hopes(undoPartsChange(reword(added, 0, 'get a paid job'), partsChangeBetween(before, added)!))).toEqual(['get a paid job', 'be healthy', 'live in a flat']);
    const reworded = reword(before, 2, 'live on my own');
    expect(hopes(undoPartsChange(reworded, partsChangeBetween(before, reworded)!))).toEqual(hopes(before));
  });

  it('never brings back a reworded hope that was taken out since', () => {
    const before = threeHopes();
    const reworded = reword(before, 2, 'live on my own');
    const change = partsChangeBetween(before, reworded)!;
    const takenOutSince = { ...reworded, aspirations: reworded.aspirations.slice(0, 2) };
    expect(hopes(undoPartsChange(takenOutSince, change))).toEqual(['get a job', 'be healthy']);
  });

  it('puts back an order changed, and an about-me list', () => {
    const before = threeHopes();
    const moved = { ...addAboutMe(before, 'strengths', 'animals'), aspirations: [before.aspirations[2]!, before.aspirations[0]!, before.aspirations[1]!] };
    const undone = undoPartsChange(moved, partsChangeBetween(before, moved)!);
    expect(hopes(undone)).toEqual(hopes(before));
    expect(undone.aboutMe.strengths).toEqual(['drawing']);
  });

  it('is no change when only a hope\'s earlier words were let go', () => {
    const before = { ...threeHopes() };
    const withEarlier = { ...before, aspirations: before.aspirations.map((a, i) => (i === 0 ? { ...a, earlierWords: ['a job'] } : a)) };
    expect(partsChangeBetween(withEarlier, before)).toBeUndefined();
    expect(partsChangeBetween(before, before)).toBeUndefined();
  });
});
