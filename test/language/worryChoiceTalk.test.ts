import { describe, expect, it } from 'vitest';
import { readWorryChoiceTalk } from '../../src/language/worryChoiceTalk';

/*
 * Who the worry is is read only when someone is named as the worry ("my uncle is the worry"), or set
 * against someone just said not to be it ("nan is not the worry. my uncle is"). An ordinary answer with
 * "he" or "it is" in it names nobody.
 */

describe('an ordinary answer never names who the worry is', () => {
  it.each([
    'nappy still. he dont tell when he need. he scared of the flush noise, it is loud',
    'he likes the bath, it is warm',
    'he sleeps with the light on, it is his choice',
    'she hides under the table, its her safe place',
  ])('%j', (typed) => {
    expect(readWorryChoiceTalk(typed)?.worryNamed ?? false).toBe(false);
  });
});

describe('who the worry is, when named', () => {
  it.each([
    'nan is not the worry. my uncle is',
    'its not nan, its my uncle',
    'my uncle is the worry',
    'shes not the worry he is',
    'mum is nice to me. dads not',
  ])('%j', (typed) => {
    expect(readWorryChoiceTalk(typed)?.worryNamed).toBe(true);
  });
});
