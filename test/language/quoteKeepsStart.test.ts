import { describe, expect, it } from 'vitest';
import { quoteOf } from '../../src/language/quoteOf';

/*
 * A long measure read back: the quote keeps its start (the main clause), at most twelve words, with
 * "…" where it is cut. A later sentence alone reads as if the rest were lost.
 */
describe('a shortened quote keeps the start', () => {
  it.each([
    ['his teacher will write it in his book when he plays with someone at break. and the home diary says it', 'his teacher will write it in his book…'],
    ['Miss Jones will keep a chart of when he joins in. He will join in 4 days out of 5.', 'Miss Jones will keep a chart of when he joins in…'],
    ['the TA will note it down every day and we will see it in the home diary and the home diary says it', 'the TA will note it down every day…'],
  ])('%j is quoted as %j', (said, quoted) => {
    expect(quoteOf(said)).toBe(quoted);
  });

  it('never more than twelve words, and never a tail alone', () => {
    const said = 'he will play with a friend at break on 4 days out of 5 checked by his teacher every week';
    const quoted = quoteOf(said);
    expect(quoted.startsWith('he will play with a friend')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.replace('…', '').split(' ').length).toBeLessThanOrEqual(12);
  });

  it('leave alone: a few words leading in give way to the sentence that says it', () => {
    expect(quoteOf('yeah ok. I will take the bus to college on my own by the end of year 12 with my friend')).toMatch(/^I will take the bus/);
  });
});
