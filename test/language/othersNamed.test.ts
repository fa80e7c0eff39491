import { describe, expect, it } from 'vitest';
import { readName } from '../../src/language/nameAnswer';
import { readVolunteered } from '../../src/language/volunteered';

/* Someone else named in passing ("a learning support assistant called Dawn") is never taken for the person's own name. */
describe('someone else named in passing', () => {
  const maya = 'Yes that is OK. But I want to know what a key worker is exactly. At college I have a learning support assistant called Dawn, is that the same thing?';
  it('is not the name of the person chatting', () => {
    expect(readVolunteered(maya)?.name).toBeUndefined();
    expect(readName(maya)?.name).toBeUndefined();
  });
  it.each([
    ['im called Jade', 'Jade'],
    ['I have a son called Leo, he is 6', 'Leo'],
    ['a girl called Amira, she is 9', 'Amira'],
    ["I'm his mum, he's 6, called Leo", 'Leo'],
  ])('"%s" still names %s', (text, name) => {
    expect(readVolunteered(text)?.name).toBe(name);
  });
});
