import { describe, expect, it } from 'vitest';
import { tellsOfHopedBenefit } from '../../src/language/hopedBenefit';
import { readSafeButHard } from '../../src/language/safeButHard';
import { FEAR_WORDS, HARM_WORDS } from '../../src/language/harmOrFearWords';

/*
 * One list of harm and fear words for the readers that set a message aside as only good news or
 * only a hard thing: every word in it keeps both from setting the message aside.
 */

const WORDS = ['scared', 'scary', 'petrified', 'unsafe', 'hurting', 'kicked', 'punches', 'slapped', 'shouting', 'yelled', 'touched', 'threatens', 'abused', 'secret', 'danger'];

describe('the shared harm and fear words', () => {
  it('hold each word', () => {
    const shared = new RegExp(String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS})\b`);
    for (const word of WORDS) expect(shared.test(word), word).toBe(true);
  });

  it.each(WORDS)('"%s" beside a hoped benefit: no longer only good news', (word) => {
    expect(tellsOfHopedBenefit('i would feel more independent')).toBe(true);
    expect(tellsOfHopedBenefit(`i would feel more independent, and less ${word}`)).toBe(false);
  });

  it.each(WORDS)('"%s" in a "mostly yes" safety answer: never only rudeness', (word) => {
    expect(readSafeButHard('mostly yes. the bus drivers are rude sometimes', false)).toBe('rudeness');
    expect(readSafeButHard(`mostly yes. the bus drivers are rude sometimes and ${word}`, false)).toBeUndefined();
  });
});
