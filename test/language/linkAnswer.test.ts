import { describe, expect, it } from 'vitest';
import { onlySaysWhichHope, otherHopeInLinkAnswer } from '../../src/language/linkAnswer';

/* Asked how a step helps with one hope, an answer about another hope names where it belongs. */

const animals = { id: 'a', text: 'I want to work with animals' };
const own = { id: 'l', text: 'live on my own' };
const friends = { id: 'f', text: 'have more friends' };
const hopes = [animals, own, friends];
const needs: Record<string, string[]> = { a: ['i find reading hard'], l: ['i cant cook or manage money'], f: ['i get nervous talking to people'] };
const needsOf = (id: string) => needs[id]!;

describe('the hope an answer to "how does this help?" talks about', () => {
  it.each([
    ['it doesnt really, its more for living on my own', own],
    ['it helps me live on my own', own],
    ['so i can look after myself when i live by myself', own],
    ['i could have friends round for tea', friends],
  ])('"%s" is about %j', (answer, hope) => expect(otherHopeInLinkAnswer(answer, animals, hopes, needsOf)).toBe(hope));

  it.each(['I could feed the animals', 'i would be more independent', 'it helps me be healthy', 'i could read the labels on the animal food'])(
    '"%s" names no other hope',
    (answer) => expect(otherHopeInLinkAnswer(answer, animals, hopes, needsOf)).toBeUndefined(),
  );
});

describe('an answer that only says where the step belongs', () => {
  it.each(['it doesnt really, its more for living on my own', "it's for my friends hope", 'not really, more for living on my own'])('"%s" only says which hope', (answer) =>
    expect(onlySaysWhichHope(answer)).toBe(true),
  );
  it.each(['it helps me live on my own', 'i could have friends round for tea'])('"%s" also says what it makes possible', (answer) => expect(onlySaysWhichHope(answer)).toBe(false));
});
