import { describe, expect, it } from 'vitest';
import { tellsOfChildLeftOut, tellsOfUnkindChildren } from '../../src/language';

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

/* Left out, or called a name like "baby", with no hurt, mocking or "again and again": friendships, a need. */
describe('a child left out, as a parent tells it', () => {
  it.each([
    'at playtime other children leave Tia out and they say she is a baby',
    'some kids say she is baby',
    'the other children wont play with her',
  ])('%j is left out', (typed) => expect(tellsOfChildLeftOut(typed)).toBe(true));

  it.each([
    'older kids bully her and call her a baby',
    'some older girls keep pushing her',
    'the boys in his class laugh at him',
    'the kids call her names every day',
    'kids at nursery are mean to her and call her baby',
  ])('%j is more than that', (typed) => expect(tellsOfChildLeftOut(typed)).toBe(false));
});
