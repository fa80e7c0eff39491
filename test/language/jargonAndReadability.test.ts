import { describe, expect, it } from 'vitest';
import { findJargon } from '../../src/language/jargon';
import { countSyllables, readability } from '../../src/language/readability';

describe('findJargon', () => {
  it('finds professional terms with plain words for them', () => {
    const hits = findJargon('Daily 1:1 support from a TA, SALT sessions and OT, reviewed by the SENCo and CAMHS. Work will be differentiated and interventions run weekly.');
    expect(hits.map((h) => h.term)).toEqual(['SALT', 'OT', 'TA', 'SENCo', 'CAMHS', '1:1', 'interventions', 'differentiated']);
    for (const h of hits) expect(h.plain.length).toBeGreaterThan(3);
  });

  it('reads ambiguous acronyms only in capitals', () => {
    expect(findJargon('a pinch of salt, ta very much, ot sure')).toEqual([]);
    expect(findJargon('I have speech and language therapy').map((h) => h.term)).toEqual(['speech and language therapy']);
    expect(findJargon('one-to-one help with an ehcp').map((h) => h.term)).toEqual(['1:1', 'EHCP']);
  });

  it('finds nothing in plain words', () => {
    expect(findJargon('I want to go to the shops with my friends')).toEqual([]);
  });
});

describe('readability', () => {
  it.each([
    ['cat', 1],
    ['table', 2],
    ['happy', 2],
    ['banana', 3],
    ['independently', 5],
    ['school', 1],
    ['made', 1],
    ['radio', 3],
  ])('counts the syllables in %j as %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('scores short everyday sentences as easy and long formal ones as hard', () => {
    const easy = readability('I like my dog. We go to the park. It is fun.');
    expect(easy).toMatchObject({ words: 12, sentences: 3, longestSentenceWords: 5 });
    expect(easy.fleschReadingEase).toBeGreaterThan(90);
    const hard = readability(
      'The local authority will commission a multidisciplinary assessment to determine appropriate educational provision, considering statutory obligations.',
    );
    expect(hard.fleschReadingEase).toBeLessThan(20);
    expect(hard.grade).toBeGreaterThan(easy.grade);
  });

  it('copes with empty text', () => {
    expect(readability('')).toMatchObject({ words: 0, sentences: 0, fleschReadingEase: 0, grade: 0 });
  });
});
