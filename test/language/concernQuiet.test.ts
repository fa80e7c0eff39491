import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/**
 * Self-harm, suicide and neglect told quietly (concernRules/notStaying.ts, goingWithout.ts): what
 * the analysis makes of whole messages, beside a family's everyday care and the jokes people make.
 */
describe('harm told quietly', () => {
  it.each([
    ['tbh the plan doesnt matter. i havent eaten since friday and its monday', 'neglect'],
    ['im 8 and theres no one to wake me up for school', 'neglect'],
    ['my tooth has gone black and hurts, mum says dentists cost too much', 'neglect'],
    ['i want to be a vet if im still here', 'self_harm_or_suicide'],
    ['honestly everyone at home would cope fine without me', 'self_harm_or_suicide'],
    ['i wrote letters to my family for when im gone', 'self_harm_or_suicide'],
  ])('%j gets the full answer as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category, sure: true });
  });

  it('a lesson about it is still not a disclosure', () => {
    const verdict = detectConcern('in pshe we learnt that some people write letters to their family for when they are gone');
    expect(verdict.concern && verdict.sure).toBeFalsy();
  });
});

describe('everyday care, jokes and waiting are not harm', () => {
  it.each([
    'she has her milk through her tube and we flush it after',
    'we give him his epilepsy meds morning and night',
    'i take all my tablets in the morning with my breakfast',
    'he doesnt sleep much so we have a sleep plan from the nurse',
    'she is learning to use the toilet at school with a picture chart',
    'he only eats dry cereal and plain pasta, its a sensory thing',
    'i would die for a pizza right now lol',
    'if i fail maths my mum will kill me haha',
    'i dont want to wait that long',
    'i dont want to wait that long for college',
    'my shoes have holes so mum is getting new ones saturday',
  ])('%j is not a disclosure', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['we change his nappy every two hours and he has cream for the rash', 'he wears a nappy at night and we change it when he wakes'])(
    '%j from a parent gets neither the answer nor "Are you OK?"',
    (text) => {
      expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
    },
  );
});
