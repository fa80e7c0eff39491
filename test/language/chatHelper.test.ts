import { describe, expect, it } from 'vitest';
import { readChatHelper } from '../../src/language/chatHelper';

describe('the helper named at who is chatting', () => {
  it.each([
    ['me, my mum is helping', { role: 'mum', family: true }],
    ['me and my nan', { role: 'nan', family: true }],
    ['mum is helping me', { role: 'mum', family: true }],
    ['my support worker Dave is helping me', { role: 'support worker', name: 'Dave', family: false }],
    ['me with my social worker', { role: 'social worker', family: false }],
    ['its me, my teacher Mr Hughes is typing', { role: 'teacher', name: 'Mr Hughes', family: false }],
  ])('"%s" names the helper', (typed, helper) => {
    expect(readChatHelper(typed)).toEqual(helper);
  });

  it.each(['me', 'just me', 'im his mum', 'im her support worker', 'a parent or carer', 'someone helping me', 'i am the young person'])('"%s" names nobody helping', (typed) => {
    expect(readChatHelper(typed)).toBeUndefined();
  });
});
