import { describe, expect, it } from 'vitest';
import { onlyChatter } from '../../src/language/chatter';
import { namesHardThingsOnly } from '../../src/language/hardList';

describe('hard things named as a list', () => {
  it.each(['reading and loud places', 'loud places', 'noise, crowds and changes', 'his temper and sleep', 'maths & busy places'])('"%s" names hard things', (typed) =>
    expect(namesHardThingsOnly(typed)).toBe(true),
  );
  it.each(['reading and maths', 'football and drawing', 'cars and loud music', 'reading', 'he hates loud places but wants to be a dj'])('"%s" does not', (typed) =>
    expect(namesHardThingsOnly(typed)).toBe(false),
  );
});

describe('chatter with no story words', () => {
  it.each(['haha', 'lol idk', 'hehe ok', 'ok cool 😂', 'lmaoo', 'hah okay then'])('"%s" is only chatter', (typed) => expect(onlyChatter(typed)).toBe(true));
  it.each(['haha chef', 'lol i want a dog', 'cooking'])('"%s" has story words', (typed) => expect(onlyChatter(typed)).toBe(false));
});
