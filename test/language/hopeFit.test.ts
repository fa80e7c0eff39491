import { describe, expect, it } from 'vitest';
import { bestHope } from '../../src/language';
import type { ThemeId } from '../../src/language/labels';

type Hope = { id: string; text: string; theme: ThemeId | null };

const dressing: Hope = { id: 'a1', text: 'get dressed on her own in the mornings', theme: 'independent_living' };
const reading: Hope = { id: 'a2', text: "i'd love her to be able to read books by herself and maybe be a vet one day she loves animals so much", theme: 'learning_and_work' };
const talking: Hope = { id: 'a3', text: 'I want Zofia to talk more and use more words', theme: 'friends_and_community' };
const toilet: Hope = { id: 'a4', text: 'use the toilet at school', theme: 'health_and_wellbeing' };
const noNeeds = () => [] as string[];

describe('a step stays with the hope it was asked for unless another clearly fits better', () => {
  it.each([
    ['put her school jumper and shoes on by herself', dressing],
    ['put her socks on by herself before school', dressing],
    ['do her buttons up on her own', dressing],
  ])('"%s" stays with getting dressed, not the reading hope', (step, current) => {
    const fit = bestHope(step, current, [dressing, reading], noNeeds);
    expect(fit.hope.id).toBe(current.id);
    expect(fit.linked).toBe(true);
  });

  it('filler shared with another hope ("by herself", "at school", "more") does not move a step', () => {
    expect(bestHope('read a school book by herself', reading, [dressing, reading, toilet], noNeeds).hope.id).toBe(reading.id);
    expect(bestHope('say more words at school', talking, [talking, toilet], noNeeds).hope.id).toBe(talking.id);
  });

  it('a step plainly about another hope moves there', () => {
    expect(bestHope('tell me when she needs the toilet', talking, [talking, toilet], noNeeds).hope.id).toBe(toilet.id);
    expect(bestHope('read a book about animals to her nan', dressing, [dressing, reading], noNeeds).hope.id).toBe(reading.id);
  });
});

describe('a cooking step asked for the animals hope goes to living on my own', () => {
  const animals: Hope = { id: 'h1', text: 'I want to work with animals', theme: 'learning_and_work' };
  const own: Hope = { id: 'h2', text: 'live on my own', theme: 'independent_living' };
  const friends: Hope = { id: 'h3', text: 'have more friends', theme: 'friends_and_community' };
  const hopes = [animals, own, friends];
  const needs: Record<string, string[]> = { h1: ['i find reading hard'], h2: [], h3: ['i get nervous talking to people'] };

  it.each(['make a sandwich for my lunch', 'make my own dinner', 'use the oven safely', 'make pasta', 'learn to cook 3 meals', 'make beans on toast on my own'])(
    '"%s" fits living on my own, even with nothing hard said for it',
    (step) => {
      expect(bestHope(step, animals, hopes, (id) => needs[id]!).hope.id).toBe(own.id);
    },
  );

  it('a cooking step about the animals stays with the animals hope', () => {
    expect(bestHope('cook food for the animals at the farm', animals, hopes, (id) => needs[id]!).hope.id).toBe(animals.id);
  });
});
