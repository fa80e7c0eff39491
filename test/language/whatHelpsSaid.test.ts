import { describe, expect, it } from 'vitest';
import { whatHelpsSaid } from '../../src/language/helpList';

describe('what helps, said as a sentence', () => {
  it.each([
    ['quiet time in his room helps a bit', 'quiet time in his room'],
    ['the ear defenders really help him', 'the ear defenders'],
    ['music helps me calm down', 'music'],
    ['a visual timetable works well', 'a visual timetable'],
    ['headphones help him', 'headphones'],
  ])('"%s" names "%s"', (typed, help) => {
    expect(whatHelpsSaid(typed)).toBe(help);
  });

  it.each([
    'nothing helps',
    'he helps at home',
    'he helps his dad in the garden',
    'noise doesnt help',
    'being rushed never helps',
    "I don't know how to ask for help",
    'he needs help',
    'i need some help',
    'she wants more help',
    'what helps?',
    'it helps',
  ])('leave alone: "%s" names no help', (typed) => {
    expect(whatHelpsSaid(typed)).toBeNull();
  });
});
