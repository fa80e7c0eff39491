import { describe, expect, it } from 'vitest';
import { readJoinHopes } from '../../src/language/goalForHope';

describe('asking to join two hopes into one', () => {
  it.each([
    'can you join them into one: to have a job on the railway',
    'the two train hopes are the same, can you join them into one',
    'merge the football and drawing hopes',
    'put trains and signals together',
  ])('"%s" asks to join hopes', (text) => {
    expect(readJoinHopes(text)).not.toBeNull();
  });

  it.each([
    'put her school jumper and shoes on by herself by christmas',
    'join the football club and the drama club',
    'combine work and college',
    'put my coat and bag away',
  ])('"%s" is a step or a hope, not a request to join hopes', (text) => {
    expect(readJoinHopes(text)).toBeNull();
  });
});
