import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { readConcern } from '../../src/language/concernReading';

/*
 * Asked what helps, a young person who hurts themselves often names the safety plan: the knives taken
 * away, arms checked, never left alone with the razors. Typed at a needs or helps question, each gets the
 * full answer. A kitchen lesson, shaving or eczema cream with the same words is a need and interrupts nothing.
 */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('self-harm said as what helps gets the full answer', () => {
  it.each([
    'people need to take the knives away when im upset',
    'check my arms when i get really sad',
    'what helps is not being left alone with the razors',
    'dont leave me alone with the razors',
    'it helps when mum locks the tablets away when im in a bad place',
    'my keyworker checks my wrists for new cuts every morning and that helps',
    'dont let me be on my own with scissors when im angry',
    'i need a grown up to hold my paracetamol so i cant get to it',
    // The same with more around it.
    'People need to take the knives away when I’m upset. And music helps.',
    'what helps? not being left alone with the razors tbh',
  ])('%j', (typed) => {
    expect(said(typed)).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });
});

describe('a safety need with the same words interrupts nothing', () => {
  it.each([
    'i need help to use a sharp knife safely in food tech',
    'dont leave me alone with the knives when im cooking, i drop things',
    'i cant be left alone in the kitchen because of my seizures',
    'my mum keeps the knives up high because my little brother is 2',
    'check my arms for eczema every night and put the cream on',
    'take the knives out of the dishwasher and put them away is my job',
    'when im upset i need a quiet room and my headphones',
    'help me learn to use a razor to shave my legs',
    'i want to shave on my own without nicking myself',
  ])('%j', (typed) => {
    expect(said(typed).action).toBe('none');
  });
});

describe('a razor asked for as a skill, the whole message, interrupts nothing', () => {
  it.each(['help me learn to use a razor for my beard', 'Help me learn to use a razor on my face.', 'i want to learn how to use a razor for shaving safely', 'i want to learn how to use a shaving razor'])('%j', (typed) => {
    expect(said(typed).action).toBe('none');
  });

  // With no shaving word a razor may be self-harm: never silence.
  it.each([
    'i want to learn how to use a razor safely',
    'help me learn to use a razor',
    'Help me learn to use a razor.',
    'i need to learn how to use a razor properly',
    'i want someone to learn to use my razor',
  ])('%j is never met with silence', (typed) => {
    expect(said(typed).action).not.toBe('none');
  });

  it.each([
    'i use a razor on my arms',
    'help me learn to use a razor on my arms',
    'help me learn to use a razor when im sad',
    'help me learn to use a razor. i use a razor on my arms',
    'help me learn to use a razor for my arms',
    'help me learn to use a razor on my legs when im sad',
  ])('%j is still told at once', (typed) => {
    expect(said(typed)).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });
});

describe('never left alone with the means, with hurting oneself said beside a kitchen word', () => {
  it.each(['dont leave me alone with the knives, i cut myself when cooking', 'dont leave me alone with the razors, i hurt my arms when shaving'])('%j is read as a safety plan', (typed) => {
    expect(readConcern(typed).families).toContain('notLeftWithMeans');
    expect(said(typed)).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });
});
