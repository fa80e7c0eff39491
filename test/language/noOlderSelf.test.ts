import { describe, expect, it } from 'vitest';
import { clearedConcernText } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { NO_OLDER_SELF } from '../../src/language/concernRules/noOlderSelf';

const readsNoOlderSelf = (typed: string) => NO_OLDER_SELF.some((rule) => rule.re.test(clearedConcernText(typed)));

describe('no future self, said indirectly, is heard', () => {
  it.each([
    'what job when im older? dunno. i dont see a grown up me',
    'i dont plan on getting old tbh',
    'she doesnt expect to grow up, she said so',
    'theres no point me growing up',
    'future? not existing would be good',
    'in ten years? not around probably',
    'he asked me whether anyone would come to his funeral',
    'who would even turn up to my funeral',
    'i drew us at the beach without me, like im already gone',
    'they would cope better with the money than with me around',
  ])('%j', (typed) => {
    expect(readsNoOlderSelf(typed)).toBe(true);
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });

  it.each([
    'i cant wait to get older',
    'i dont want to grow up too fast',
    'in 5 years i will not be here, i will live in london',
    'i dont see an older me being a footballer, i want to be a vet',
    'my nan asked who would come to her funeral, she is 90',
    'in the future i want to not exist in debt lol',
    'there is no point in growing up too fast',
    'they manage better than me at maths',
  ])('ordinary %j is not read so', (typed) => {
    expect(readsNoOlderSelf(typed)).toBe(false);
  });
});
