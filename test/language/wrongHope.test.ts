import { describe, expect, it } from 'vitest';
import { asksForNewHope, newHopeWords, saysDoNotChange, underWrongHope } from '../../src/language/wrongHope';

describe('an outcome under the wrong hope, and a new hope asked for', () => {
  it.each([
    ['The toilet goal is under wrong hope. It is not about road', 'toilet goal'],
    ['it is in the wrong dream', ''],
    ['wrong hope for the toilet one', 'toilet one'],
  ])('"%s" names "%s" as under the wrong hope', (typed, target) => expect(underWrongHope(typed)).toBe(target));
  it('"he is scared of the wrong hope" says no such thing', () => expect(underWrongHope('he is scared of the wrong hope')).toBeNull());
  it('"no dont change road dream. I want new dream for toilet" asks a new hope and keeps the road dream', () => {
    const typed = 'no dont change road dream. I want new dream for toilet';
    expect(asksForNewHope(typed)).toBe(true);
    expect(saysDoNotChange(typed)).toBe(true);
    expect(newHopeWords(typed)).toBe('toilet');
  });
  it('the words of a new hope said with a colon', () => expect(newHopeWords('I want a new hope for it: he can use the toilet on his own')).toBe('he can use the toilet on his own'));
});
