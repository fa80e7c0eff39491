import { describe, expect, it } from 'vitest';
import { outcomeSentence, withoutChatter } from '../../src/language';
import { withoutPreamble } from '../../src/language/chatter';

describe('spoken chatter is never part of an outcome', () => {
  it('hedges at either end ("dunno", "i suppose", "probably", "tbh") are left out of the read-back', () => {
    expect(outcomeSentence({ step: 'dunno make toast on my own i suppose', timeframe: null })).toBe('I will make toast on my own.');
    expect(outcomeSentence({ step: 'probably join a club at lunch tbh', timeframe: null })).toBe('I will join a club at lunch.');
    expect(outcomeSentence({ step: 'i reckon get the train to town lol', timeframe: null })).toBe('I will get the train to town.');
    // A "maybe" inside the step is theirs and stays.
    expect(outcomeSentence({ step: 'swim a length or maybe two', timeframe: null })).toBe('I will swim a length or maybe two.');
  });

  it('"oh ok", "um", "idk", "the vet one." and a question to the bot leave the statement', () => {
    const said = 'In Year 7, I will oh ok the vet one. um get better at reading science words and maybe do work experience at a vets? can you do that idk.';
    const sentence = outcomeSentence({ step: said, timeframe: null });
    expect(sentence).toContain('I will get better at reading science words and maybe do work experience at a vets.');
    expect(sentence).not.toMatch(/oh ok|\bum\b|idk|vet one|can you|\?/);
  });

  it('a time inside a question the person asks is not part of their answer', () => {
    expect(withoutChatter('um i want to cook my tea. can you do that in year 7')).not.toMatch(/year 7/i);
  });

  it('words that only look like chatter stay: "the first one to finish", "maybe"', () => {
    expect(withoutChatter('I will be the first one to finish.')).toBe('I will be the first one to finish.');
    expect(withoutChatter('maybe swim a length lol')).toBe('maybe swim a length');
  });
});

describe('a second verb joined by "and" reads as the first', () => {
  it.each([
    ['finish my science tests on time and getting a grade 5', 'I will finish my science tests on time and get a grade 5.'],
    ['go in every day even on PE days and having someone to go to', 'I will go in every day even on PE days and have someone to go to.'],
    ['go to football and swimming every week', 'I will go to football and swimming every week.'],
  ])('"%s"', (step, sentence) => {
    expect(outcomeSentence({ step, timeframe: null })).toBe(sentence);
  });
});

describe('a lead-in word or a hedge around an answer is not kept, the words that carry meaning are', () => {
  it.each([
    ['um like i want to read better i guess idk', 'i want to read better'],
    ['so i cant read very well or something lol', 'i cant read very well'],
    ['well, i cant spell i guess', 'i cant spell'],
    // "so i can" says why, "like animals" is what they like, and a hedge alone is left as it is.
    ['so i can read to my sister', 'so i can read to my sister'],
    ['like animals', 'like animals'],
    ['so that i can get a job', 'so that i can get a job'],
    ['or something', 'or something'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(withoutChatter(typed)).toBe(kept);
  });
});

describe('words in another alphabet are never dropped as a lead-in', () => {
  it('"أريد أن أصبح طبيبا. passing maths" keeps the first sentence; "ok one more. passing maths" still drops its lead-in', () => {
    expect(withoutPreamble('أريد أن أصبح طبيبا. passing maths')).toBe('أريد أن أصبح طبيبا. passing maths');
    expect(withoutPreamble('ok one more. passing maths')).toBe('passing maths');
  });
});
