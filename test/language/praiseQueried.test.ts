import { describe, expect, it } from 'vitest';
import { queriesPraise } from '../../src/language/praiseQueried';

describe('the bot\'s kind word thrown back at it', () => {
  it('reads "lovely?? i said nobody admires me" as a complaint about the reply', () => {
    expect(queriesPraise('lovely?? i said nobody admires me')).toBe(true);
    expect(queriesPraise('lovely?')).toBe(true);
    expect(queriesPraise('what do you mean lovely. i said i dunno')).toBe(true);
  });

  it('never reads an answer that only uses the same word', () => {
    expect(queriesPraise('lovely walks with my nan')).toBe(false);
    expect(queriesPraise('nice food and my xbox')).toBe(false);
    expect(queriesPraise('my dog tyson')).toBe(false);
  });
});
