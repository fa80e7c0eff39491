import { describe, expect, it } from 'vitest';
import { readChatHelper, readCompanion } from '../../src/language/chatHelper';
import { companionNamed, nameWithWho, readName } from '../../src/language/nameAnswer';
import { besideNameCorrection, newNameIn } from '../../src/language/nameCorrection';

describe('a name that belongs to someone sitting with them', () => {
  it.each([
    ['me. Jo is sitting with me', 'Jo'],
    ["me, Jo's here with me", 'Jo'],
    ['me - Dave is helping me', 'Dave'],
  ])('"%s" names %s as the helper, not as them', (typed, name) => {
    expect(companionNamed(typed)).toBe(name);
    expect(nameWithWho(typed)).toBeUndefined();
    expect(readCompanion(typed)).toEqual({ role: 'helper', name, family: true });
  });

  it.each(['me. Jo', 'me. im Jo', 'me. she is sitting with me', 'me. my mum is sitting with me', 'me. sitting with my mum'])('"%s" names no one else', (typed) => {
    expect(companionNamed(typed)).toBeUndefined();
  });

  it('"me, my mum is helping" is still mum', () => {
    expect(readChatHelper('me, my mum is helping')).toEqual({ role: 'mum', family: true });
  });
});

describe('a name put right with "I am not"', () => {
  it.each([
    ['I am not Jo. I am Amira', 'Jo', 'Amira'],
    ["no im not jo im amira", 'Jo', 'Amira'],
    ["I'm not Jo, my name is Amira", 'Jo', 'Amira'],
  ])('"%s" renames %s to %s', (typed, current, name) => {
    expect(newNameIn(typed, current)).toBe(name);
  });

  it.each([
    ['I am not sure. I am tired', 'Jo'],
    ['I am not Amira. I am Jo', 'Jo'],
    ['im not happy im sad', 'Jo'],
  ])('"%s" renames nobody', (typed, current) => {
    expect(newNameIn(typed, current)).toBeUndefined();
  });
});

describe('words after "not my mum" and a name put right later', () => {
  it.each(['me. not my mum for once', 'not my mum for once', 'me, not my dad this time'])('"%s" gives no name, so the name is asked', (typed) => {
    expect(readName(typed)).toBeUndefined();
  });

  it('"im lily not my mum" still gives Lily', () => {
    expect(readName('im lily not my mum')).toEqual({ name: 'Lily' });
  });

  it.each([
    ['lol my name isnt Once. its Ravi. 17, year 12', 'Once', 'Ravi'],
    ["my name isn't Once, it's Ravi", 'Once', 'Ravi'],
    ['lol its Ravi not Once', 'Once', 'Ravi'],
    ['did you get that my name is Ravi', 'Once', 'Ravi'],
    ['change my name to Ravi', 'Once', 'Ravi'],
    ['can you change my name to ravi please', 'Once', 'Ravi'],
  ])('"%s" puts %s right to %s', (typed, current, name) => {
    expect(newNameIn(typed, current)).toBe(name);
  });

  it.each(['change my name to Ravi', 'did you get that my name is Ravi'])('"%s" when Ravi is kept changes nothing', (typed) => {
    expect(newNameIn(typed, 'Ravi')).toBeUndefined();
  });
});

describe('a kept name said to be wrong, then the right one', () => {
  it.each([
    ['lol my name isnt that. its Ravi. 17, year 12', '17, year 12'],
    ["thats not my name, I'm Ravi", ''],
    ['no my names Ravi', ''],
    ['you got my name wrong lol its ravi', ''],
    ['no call me Ravi', ''],
  ])('"%s" gives Ravi, and what is left answers the question', (typed, rest) => {
    expect(newNameIn(typed, 'Once')).toBe('Ravi');
    expect(besideNameCorrection(typed, 'Once')).toBe(rest);
  });

  it.each(['no im 17', 'no its fine', 'no its Tuesday', 'thats wrong its Maths', "thats not my name, i'm bored of this"])('"%s" gives no new name', (typed) => {
    expect(newNameIn(typed, 'Once')).toBeUndefined();
  });
});
