import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { asksIfHarmIsOk } from '../../src/language/harmAskedIfOk';

/** The kind of worry heard, whether answered in full or checked gently. */
const categoryOf = (typed: string): string | null => {
  const read = safeguardingInChat(typed, { parent: false });
  return 'category' in read ? read.category : (read.concern.category ?? null);
};

/* Things taken off a young person, told with have or had, are heard; a teacher's or a parent's keeping is not. */
describe('things taken, said with have or had', () => {
  it.each([
    ['i had my phone taken off me', 'bullying'],
    ['they had my money', 'bullying'],
    ['older kids have my bus pass', 'bullying'],
    ['they have my dinner money', 'bullying'],
    ['some lads had my phone again', 'bullying'],
    ['my cousin had my dinner money again', 'harm_from_others'],
  ])('"%s" is heard', (typed, category) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
    expect(categoryOf(typed)).toBe(category);
  });

  it.each(['i have my dinner money', 'my mum has my bus pass in her bag', 'i had my phone taken off me by the teacher in maths', 'she has my bus pass for me', 'my brother has my phone'])(
    '"%s" is not a worry',
    (typed) => {
      expect(categoryOf(typed)).toBeNull();
    },
  );

  it('a disclosure beside a teacher taking a phone is still heard', () => {
    expect(categoryOf('i had my phone taken off me by the teacher. my uncle touches me')).toBe('sexual_abuse');
  });
});

describe('asking whether harm is normal', () => {
  it.each(['But is it normal that he shoves me? You did not answer my question.', 'is that allowed', 'am i overreacting', 'is he allowed to do that', 'do all brothers do that'])('"%s" asks', (typed) => {
    expect(asksIfHarmIsOk(typed)).toBe(true);
  });
  it.each(['is it ok if i skip this', 'is it ok to stop now', 'is it normal to want a job', 'is that ok with you'])('"%s" does not', (typed) => {
    expect(asksIfHarmIsOk(typed)).toBe(false);
  });
});
