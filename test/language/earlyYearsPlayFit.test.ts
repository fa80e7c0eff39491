import { describe, expect, it } from 'vitest';
import { bestHope } from '../../src/language';
import type { ThemeId } from '../../src/language/labels';
import { themeOfWords } from '../../src/language/thread';

/*
 * Theo, 4, autistic: his mum's hopes are that he makes friends, is happy at nursery and uses the
 * toilet. Turn-taking, sharing and playing beside other children are how young children make friends.
 */

type Hope = { id: string; text: string; theme: ThemeId | null };
const friends: Hope = { id: 'f', text: 'make friends', theme: 'friends_and_community' };
const nursery: Hope = { id: 'n', text: 'be happy at nursery', theme: 'learning_and_work' };
const toilet: Hope = { id: 't', text: 'use the toilet on his own', theme: 'independent_living' };
const NEEDS: Record<string, string[]> = {
  f: ['he is autistic and finds it hard to play with others'],
  n: ['he finds it hard to take turns', 'he doesnt like waiting for his turn'],
  t: ['he needs reminding'],
};
const needsOf = (id: string) => NEEDS[id] ?? [];
const HOPES = [friends, nursery, toilet];

describe('early years social play fits a friends hope', () => {
  it.each([
    'take turns with another child at nursery',
    'Theo will take turns with another child at nursery',
    'wait for his turn in a game with a friend',
    'share toys with another child',
    'play alongside other children at nursery',
    'turn taking games with a peer',
  ])('"%s" stays with "make friends", linked, with no move offered', (step) => {
    const fit = bestHope(step, friends, HOPES, needsOf);
    expect(fit.hope.id).toBe('f');
    expect(fit.linked).toBe(true);
    expect(themeOfWords(step)).toBe('friends_and_community');
  });

  it('"take turns at circle time" asked for the nursery hope stays there too', () => {
    expect(bestHope('take turns at circle time', nursery, HOPES, needsOf).hope.id).toBe('n');
  });

  it('a step plainly about the toilet still moves from the friends hope', () => {
    expect(bestHope('use the toilet on his own at nursery', friends, HOPES, needsOf).hope.id).toBe('t');
  });

  it.each(['turn the oven on by himself', 'take the bus on his own'])('"%s" is no early years play', (step) => {
    expect(themeOfWords(step)).not.toBe('friends_and_community');
  });
});

describe('other children named as company or a comparison keep the hope its own theme', () => {
  it.each([
    ['do well in maths like the other kids', 'learning_and_work'],
    ['go to college with my peers', 'learning_and_work'],
    ['read as well as other children', 'learning_and_work'],
    ['get a job like my peers', 'learning_and_work'],
    ['take turns on the computer at school', 'learning_and_work'],
    ['swim with other kids', 'health_and_wellbeing'],
    ['go swimming with other children on saturdays', 'health_and_wellbeing'],
  ] as const)('"%s" is %s', (hope, theme) => {
    expect(themeOfWords(hope)).toBe(theme);
  });

  it.each(['take turns with another child at nursery', 'play with other kids', 'share toys with his sister', 'be with other kids', 'turn taking games with a peer'])('"%s" is still friends', (hope) => {
    expect(themeOfWords(hope)).toBe('friends_and_community');
  });
});
