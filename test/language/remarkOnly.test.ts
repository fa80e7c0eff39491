import { describe, expect, it } from 'vitest';
import { readMore } from '../../src/language/closedAnswers';
import { remarkOnly } from '../../src/language/remarkOnly';

/* A remark with no answer in it, as a 16-year-old types it at a yes / no question. */
describe('a remark at a yes / no question', () => {
  it.each([
    ['omg my nan just made chips lol', 'story'],
    ['my dog just ate my sock haha', 'story'],
    ['lol', 'laughter'],
    ['hahaha', 'laughter'],
  ])('"%s" is a remark (%s), never a new item', (text, kind) => {
    expect(remarkOnly(text)).toBe(kind);
    expect(readMore(text)).toBeUndefined();
  });

  it.each([
    ['yes be a vet'],
    ['no, learn to drive'],
    ['learn to drive lol'],
    ['be a chef like my nan lol'],
    ['omg i just passed my test lol'],
    ['my nan just said i could be a chef one day lol'],
    ['i get lost lol'],
    ['my mum just shouts at me lol'],
    ['my nan just made chips'],
    ['haha yes'],
    ['nah lol'],
  ])('"%s" is left alone', (text) => {
    expect(remarkOnly(text)).toBeNull();
  });
});
