import { describe, expect, it } from 'vitest';
import { outcomeSentence, withoutChatter } from '../../src/language';

describe('spoken chatter is never part of an outcome', () => {
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
