import { describe, expect, it } from 'vitest';
import { provisionItems, withoutQuestionsToTheBot } from '../../src/language/support';

describe('the pieces of a list of help', () => {
  it.each([
    ['extra time, not only morning, like school give?, this plan? ehcp?', ['extra time, not only morning']],
    ['help with reading, only in the afternoons', ['help with reading, only in the afternoons']],
    ['a laptop, in maths', ['a laptop, in maths']],
    ['a quiet place at lunch, my mum, a laptop', ['a quiet place at lunch', 'my mum', 'a laptop']],
    ['a TA?', ['a TA']],
    ['more help, what do u mean', ['more help']],
  ])('"%s" is %j', (typed, items) => expect(provisionItems(typed)).toEqual(items));

  it.each([
    ['my mum reads with me, is that ok?', 'my mum reads with me'],
    ['what helps is my mum', 'what helps is my mum'],
    ['this plan?', ''],
    ['my mum, my dad and my nan', 'my mum, my dad and my nan'],
  ])('what helps: "%s" keeps "%s"', (typed, kept) => expect(withoutQuestionsToTheBot(typed)).toBe(kept));
});
