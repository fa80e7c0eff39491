import { describe, expect, it } from 'vitest';
import { withMeantWords } from '../../src/language/textSpeak';

describe('a word typed as another real word, kept as meant', () => {
  it.each([
    ['go to collage', 'go to college'],
    ['leave collage and get a job', 'leave college and get a job'],
    ['cook my tee on my on', 'cook my tea on my own'],
  ])('%j is kept as %j', (typed, meant) => expect(withMeantWords(typed)).toBe(meant));

  it.each(['make a collage of photos', 'a collage for my nan', 'buy a new tee shirt', 'play games on my phone', 'go to college wiv my m8s', 'i wanna be a chef'])(
    '%j is kept as typed',
    (typed) => expect(withMeantWords(typed)).toBe(typed),
  );
});
