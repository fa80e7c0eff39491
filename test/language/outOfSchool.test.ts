import { describe, expect, it } from 'vitest';
import { anxietyAndTimeOutOfSchool } from '../../src/language/outOfSchool';

/* Anxiety that keeps a child out of school: the feeling and getting back into school, each in the person's words. */
describe('anxiety and time out of school in one sentence', () => {
  it.each([
    ['her anxiety is so bad she hasnt been in school since october', ['her anxiety is so bad', 'she hasnt been in school since october']],
    ['she has panic attacks in the morning so she cant go to school', ['she has panic attacks in the morning', 'she cant go to school']],
    ['he hasnt been to school since october because of his anxiety', ['his anxiety', 'he hasnt been to school since october']],
    ['my anxiety means i am out of school at the moment', ['my anxiety', 'i am out of school at the moment']],
  ])('%j is cut in two', (typed, parts) => expect(anxietyAndTimeOutOfSchool(typed)).toEqual(parts));

  it.each([
    'she gets anxious in maths lessons',
    'she hasnt been in school since october',
    'he gets worried and cant go to school',
    'her anxiety is really bad at night',
  ])('%j is left whole', (typed) => expect(anxietyAndTimeOutOfSchool(typed)).toBeNull());
});
