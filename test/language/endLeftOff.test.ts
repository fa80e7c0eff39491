import { describe, expect, it } from 'vitest';
import { saysEndLeftOff } from '../../src/language/endLeftOff';
import { coachHope } from '../../src/language';

describe('the end of a read-back said to be missing', () => {
  it.each(['you missed the last bit', 'You missed the end!', 'youve cut off the end', 'the last bit is missing', 'its cut off', 'u left out the rest', 'where is the rest of it?', 'you missed the last part of what i said'])('%s', (said) => {
    expect(saysEndLeftOff(said)).toBe(true);
  });
  it.each(['you missed the swimming one', 'i missed the last bus', 'the last bit of school is hard', 'he misses the end of lessons'])('not: %s', (said) => {
    expect(saysEndLeftOff(said)).toBe(false);
  });
});

describe('how people see them is a hope, not help', () => {
  it.each(['and for people to believe hes not thick, hes really bright just cant get it on paper', 'for people to see how bright he is', 'everyone to stop thinking hes naughty'])('%s', (said) => {
    expect(coachHope(said, { today: '2025-03-10' })).toBe('aspiration');
  });
  it.each(['for teachers to understand him', 'people to help him more'])('still help: %s', (said) => {
    expect(coachHope(said, { today: '2025-03-10' })).toBe('support_as_hope');
  });
});
