import { describe, expect, it } from 'vitest';
import { asksToDropOutcome, bestHope, hopeNamedBy, pointsAtHope, readTakeBack, recogniseCommand, themeOfWords } from '../../src/language';

describe('wanting out of an outcome half built', () => {
  it.each([
    "I don't want this outcome",
    'skip this one',
    'forget it',
    'oh forget it lol',
    'stop this one',
    'i dont want to do this one anymore',
    'scrap this outcome',
    'never mind this one',
    'can we drop this one please',
    'i changed my mind about this one',
    'get rid of this goal',
    'actually forget the flat one',
    'DELETE the flat outcome. i dont want it',
    'remove this outcome',
    'its ages away and its stressing me out. can we just delete it',
    'forget about the phone call one',
  ])('"%s" asks to leave it', (text) => {
    expect(asksToDropOutcome(text)).toEqual({ different: false, rest: '' });
  });

  it.each(['can we do a different one', 'lets do another one instead', 'no i want a different goal', 'different one pls'])('"%s" asks for a different one in its place', (text) => {
    expect(asksToDropOutcome(text)?.different).toBe(true);
  });

  it('keeps what follows: "forget it. can we do one about the bus"', () => {
    expect(asksToDropOutcome('forget it. can we do one about the bus')?.rest).toBe('can we do one about the bus');
  });

  it.each(['skip', 'skip this question', 'stop', 'stop it', 'leave it', 'i will stop eating sweets', 'i dont want to be tired', 'i want to join a different club', 'forget that', 'forget the bus', 'remove the laptop', 'i will remove this outcome', 'the flat one'])(
    '"%s" is not about leaving the outcome',
    (text) => {
      expect(asksToDropOutcome(text)).toBeNull();
    },
  );

  it('"forget it" lets go of the question (skip), and is no longer read as taking back the last answer', () => {
    expect(recogniseCommand('forget it')).toBe('skip');
    expect(readTakeBack('forget it')).toBeNull();
    expect(readTakeBack('forget that')).toEqual({ rest: '' });
    expect(readTakeBack('scrap that')).toEqual({ rest: '' });
  });
});

describe('the hope named for the next outcome', () => {
  const hopes = [
    { id: 'a', text: 'join the school choir', theme: 'friends_and_community' as const },
    { id: 'b', text: 'be dry in the day', theme: 'health_and_wellbeing' as const },
    { id: 'c', text: 'get to college on my own', theme: 'independent_living' as const },
    { id: 'd', text: 'have people to hang out with', theme: 'friends_and_community' as const },
  ];
  const needs: Record<string, string[]> = { b: ['he forgets to go to the toilet'], c: ['the bus is scary'], d: ['i find it hard to start talking'] };
  const needsOf = (id: string) => needs[id] ?? [];

  it.each([
    ['for toilet', 'b'],
    ['the singing one', 'a'],
    ['one for the bus thing', 'c'],
    ['the talking one', 'd'],
  ])('"%s" names one hope, by its words or its needs\' words', (text, id) => {
    expect(pointsAtHope(text)).toBe(true);
    expect(hopeNamedBy(text, hopes, needsOf).hope?.id).toBe(id);
  });

  it('"for making friends" names the hope about people by its part of life', () => {
    expect(hopeNamedBy('for making friends', hopes, needsOf).hope?.id).toBe('d');
  });

  it('words that fit two hopes as well name neither, and both are offered', () => {
    const social = [
      { id: 'x', text: 'go to a youth club', theme: 'friends_and_community' as const },
      { id: 'y', text: 'have a party for my birthday', theme: 'friends_and_community' as const },
      { id: 'z', text: 'cook my own tea', theme: 'independent_living' as const },
    ];
    const named = hopeNamedBy('for making friends', social);
    expect(named.hope).toBeUndefined();
    expect(named.candidates.map((h) => h.id)).toEqual(['x', 'y']);
  });

  it('words that fit none offer them all', () => {
    expect(hopeNamedBy('the wizard one', hopes, needsOf)).toEqual({ candidates: hopes });
  });
});

describe('training for a sport is not the train', () => {
  const football = { id: 'f', text: 'play football for a proper team', theme: 'health_and_wellbeing' as const };
  const bus = { id: 'b', text: 'get the bus to town on my own', theme: 'independent_living' as const };

  it.each(['train with the under 15s every week', 'go to training twice a week'])('"%s" stays with the football hope', (step) => {
    expect(bestHope(step, football, [football, bus], () => []).hope.id).toBe('f');
    expect(themeOfWords(step)).not.toBe('independent_living');
  });

  it('"get the train to college" is still about travel', () => {
    expect(themeOfWords('get the train to college')).toBe('independent_living');
  });
});

describe('pointing at a hope after a joining word', () => {
  it.each(['but for the flat one', 'and the phone one', 'ye but for the flat one'])('"%s" points at a hope', (text) => {
    expect(pointsAtHope(text)).toBe(true);
  });
  it.each(['but i want to cook my tea', 'and go swimming every week'])('"%s" is a step, not a pointer', (text) => {
    expect(pointsAtHope(text)).toBe(false);
  });
});

describe('telling the step again is writing this outcome afresh', () => {
  it.each(['omg no. thats wrong. can i just tell you the step again', 'can i tell you the step again', 'can i give you my step again'])('"%s" asks to redo it', (text) => {
    expect(asksToDropOutcome(text)?.redo).toBe(true);
  });
  it.each(['can i tell you a secret again', 'can i tell you about my mum again', 'i will tell my teacher again', 'can you say that again', 'i put the bins out again', 'tell my mum the step again'])('"%s" asks nothing of the kind', (text) => {
    expect(asksToDropOutcome(text)?.redo).toBeUndefined();
  });
});
