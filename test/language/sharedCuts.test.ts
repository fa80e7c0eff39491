import { describe, expect, it } from 'vitest';
import { clausesOf, normaliseKeepingQuestionMarks, normaliseMessage, sentencesCutAtSpacesOf } from '../../src/language/text';

describe('sentences cut where they plainly end', () => {
  it('cuts at the spaces after a closing mark and at line breaks, marks kept', () => {
    expect(sentencesCutAtSpacesOf('why does it say that? i never said it.\nthats wrong')).toEqual(['why does it say that?', 'i never said it.', 'thats wrong']);
  });
  it('never cuts inside a word or at a mark with no space after it', () => {
    expect(sentencesCutAtSpacesOf('i use itch.io at 9.30 what?!why')).toEqual(['i use itch.io at 9.30 what?!why']);
  });
  it('cuts at "…" or ";" only when asked', () => {
    expect(sentencesCutAtSpacesOf('nothing really… maybe music')).toEqual(['nothing really… maybe music']);
    expect(sentencesCutAtSpacesOf('nothing really… maybe music', '…')).toEqual(['nothing really…', 'maybe music']);
    expect(sentencesCutAtSpacesOf('take it out; the bus one', ';')).toEqual(['take it out;', 'the bus one']);
  });
  it('leaves out empty pieces', () => {
    expect(sentencesCutAtSpacesOf('  \n ')).toEqual([]);
  });
});

describe('words with question marks kept', () => {
  it('is normaliseMessage with each "?" where it was typed', () => {
    expect(normaliseKeepingQuestionMarks("Why doesn’t it say SWIMMING?!")).toBe('why doesnt it say swimming?');
    expect(normaliseMessage("Why doesn’t it say SWIMMING?!")).toBe('why doesnt it say swimming');
  });
});

describe('clauses read across line breaks', () => {
  it('ends a clause at a line break unless asked not to', () => {
    expect(clausesOf('I see the plan and it is wrong\nPlease delete the hope about Makaton')).toEqual(['I see the plan and it is wrong', 'Please delete the hope about Makaton']);
    expect(clausesOf('I see the plan and it is wrong\nPlease delete the hope about Makaton', { lineBreaks: false })).toEqual(['I see the plan and it is wrong\nPlease delete the hope about Makaton']);
    expect(clausesOf('take out the bit about itch.io; thanks', { lineBreaks: false })).toEqual(['take out the bit about itch.io;', 'thanks']);
  });
});
