import { describe, expect, it } from 'vitest';
import { readPuzzledTalk } from '../../src/language/puzzledTalk';
import { remarkAtReadBack } from '../../src/language/remarkAtReadBack';
import { readWhenAnswer } from '../../src/language';

describe('remarks to the bot at the read-back, and answers that only sound like them', () => {
  it.each(['can karen see it. and my dad', 'how do i show karen', 'will my dad read it', 'No, not a hope!', 'i dont want a new hope', 'christmas is 25 december not 18'])('"%s" is a remark', (typed) => {
    expect(remarkAtReadBack(typed)).toBe(true);
  });

  it.each(['can go to the shops on my own', 'when im older i want to drive', 'have more friends at college'])('"%s" is a hope', (typed) => {
    expect(remarkAtReadBack(typed)).toBe(false);
  });

  it('an answer said unsurely is an answer; a question about a part of the outcome is a question', () => {
    expect(readPuzzledTalk('maybe the help from my TA?')).toBeNull();
    expect(readPuzzledTalk('we will know when i do it on my own?')).toBeNull();
    expect(readPuzzledTalk('wait wot did u put for how i feel')).toEqual({ kind: 'part', part: 'doesForMe' });
    expect(readPuzzledTalk('wheres the what it does for me bit')).toEqual({ kind: 'part', part: 'doesForMe' });
  });

  it('"start swimming lessons in September" is September itself; "before he starts school in September" is the end of August', () => {
    const context = { today: '2026-12-02', age: 4, earlyYears: true };
    expect(readWhenAnswer('start swimming lessons in September', context).timeframe?.date).toBe('2027-09-30');
    expect(readWhenAnswer('before he starts school in September', context).timeframe?.date).toBe('2027-08-31');
  });
});
