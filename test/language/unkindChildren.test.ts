import { describe, expect, it } from 'vitest';
import { tellsOfUnkindChildren } from '../../src/language';

/* A parent telling of other children being unkind to their child. */
describe('other children unkind to the child, as a parent tells it', () => {
  it.each([
    'some kids say she is baby',
    'kids at nursery are mean to her and call her baby',
    'the boys in his class laugh at him',
    'the kids call her names',
    'other children say she smells',
    'some older girls keep pushing her',
  ])('%j is', (typed) => expect(tellsOfUnkindChildren(typed)).toBe(true));

  it.each([
    'some kids say she is funny',
    'the kids are really kind to her',
    'she plays with the other kids',
    'her brother calls her a baby',
    'he likes to hit the ball with the kids',
  ])('%j is not', (typed) => expect(tellsOfUnkindChildren(typed)).toBe(false));
});
