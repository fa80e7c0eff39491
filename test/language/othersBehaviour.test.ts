import { describe, expect, it } from 'vitest';
import { outcomeAboutOthers } from '../../src/language/othersBehaviour';

/* An outcome about what other people will do is not the child's outcome. */
describe('an outcome about others', () => {
  it.each([
    'the other kids stop laughing at him',
    'I want the other children to be kinder to her',
    'his classmates will include him at break',
    'teachers understand me',
    'by christmas the bullies leave him alone',
  ])('%j is about others', (typed) => expect(outcomeAboutOthers(typed)).toBe(true));

  it.each([
    'he will tell a teacher when the other kids laugh at him',
    'I will play with the other kids at break',
    'Leo will ask to join a game',
    'the other kids',
    'people stop and think',
  ])('%j is left alone', (typed) => expect(outcomeAboutOthers(typed)).toBe(false));
});
