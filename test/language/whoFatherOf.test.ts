import { describe, expect, it } from 'vitest';
import { readWho } from '../../src/language/whoAnswer';

/* A dad with English as his second language says who he is: "I am father of Ola, I write for her". */
describe('who is chatting, said in a second language', () => {
  it.each(['I am father of Ola, I write for her', 'i am the mother of Amira. i type for her'])('"%s" is a parent', (typed) => {
    expect(readWho(typed)?.who).toBe('parent_or_carer');
  });

  it('a question about the key worker beside the SENCO named is no answer', () => {
    expect(readWho('Yes it is ok. Who is key worker? We have the SENCO in school, Mrs Patel, is this same?')).toBeUndefined();
  });

  it.each([
    ['im his support worker. whats a key worker?', 'supporter'],
    ['I write for her, she tells me what to say', 'young_person_helped'],
    ['im her dad, i write for her', 'parent_or_carer'],
  ])('"%s" is still read as before', (typed, who) => {
    expect(readWho(typed)?.who).toBe(who);
  });
});
