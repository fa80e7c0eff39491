import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';

describe('a parent guessing how a child feels is set aside, harm by someone never is', () => {
  it('still hears "if he is hurting her" as harm', () => {
    expect(detectConcern('we dont know if he is hurting her when she goes to his house').concern).toBe(true);
    expect(detectConcern('she cant tell us if he is hurting her').concern).toBe(true);
  });

  it('leaves the guesses alone', () => {
    expect(detectConcern('We have to guess, is she tired, is she hurting, is she hungry').concern).toBe(false);
  });
});

describe('a note is taken back only by a plain denial', () => {
  it('never by a denial with an exception', async () => {
    const { takesTheNoteBack } = await import('../../src/language/worryNote.js');
    expect(takesTheNoteBack('nobody is hurting her apart from her stepdad, remove the note please')).toBe(false);
    expect(takesTheNoteBack('nobody is hurting Grace, remove the note')).toBe(true);
  });
});
