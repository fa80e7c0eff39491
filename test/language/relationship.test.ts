import { describe, expect, it } from 'vitest';
import { relationshipOf } from '../../src/language/whoAnswer';

describe('how an adult chatting knows the young person', () => {
  it.each([
    ["i'm his foster carer", 'foster_carer'],
    ['Im Karen, Jaydens foster carer', 'foster_carer'],
    ['his nan', 'grandparent'],
    ['i am her grandad', 'grandparent'],
    ['im his mum', 'mum'],
    ['dad', 'dad'],
    ['i am his support worker', 'support_worker'],
    ['her TA', 'teaching_assistant'],
  ])('"%s" is %s', (text, relationship) => {
    expect(relationshipOf(text)).toBe(relationship);
  });

  it.each(["it's me, my mum is helping", 'me and my nan', 'just me'])('"%s" names nobody they are to the young person', (text) => {
    expect(relationshipOf(text)).toBeUndefined();
  });
});
