import { describe, expect, it } from 'vitest';
import { readEditRequest, readTakeBack } from '../../src/language';

/* Taking out an earlier answer, typed fast: "delete chips", "the chips thing isnt a hope delete that". */
describe('taking out an earlier answer', () => {
  it.each([
    ['wait no the chips thing isnt a hope delete that', 'hope', 'the chips thing'],
    ['the chips thing isnt a hope', 'hope', 'the chips thing'],
    ['she comes wiv me to new places isnt a hard thing', 'need', 'she comes wiv me to new places'],
  ])('"%s" takes out the %s about "%s"', (text, kind, about) => {
    expect(readEditRequest(text)).toEqual({ action: 'remove', part: expect.objectContaining({ kind, about }) });
  });

  it.each([['delete chips', 'chips'], ['remove the chips', 'the chips'], ['take out chips', 'chips']])('"%s" names a part by its words alone', (text, about) => {
    expect(readEditRequest(text)).toEqual({ action: 'remove', part: expect.objectContaining({ about, bare: true }) });
  });

  it.each([['delete that 1 2'], ['delete that one too'], ['delete that']])('"%s" takes back the answer just kept', (text) => {
    expect(readTakeBack(text)).toEqual(expect.objectContaining({ rest: '' }));
  });

  it.each([['delete it. its part of pastry chef'], ['delete it, it goes with pastry chef'], ['remove that. its the vet one']])('"%s" takes out "it", the answer just kept: what follows names no part', (text) => {
    expect(readEditRequest(text)).toBeNull();
    expect(readTakeBack(text)).not.toBeNull();
  });

  it.each([['get rid of my anxiety'], ['i want to delete my old photos'], ['money is not a problem'], ['delete my data'], ['take out the its about halfway bit'], ['remove the last two words']])('"%s" is left alone', (text) => {
    expect(readEditRequest(text)).toBeNull();
  });
});
