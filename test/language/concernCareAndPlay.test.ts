import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

describe('pushing in care and play is not harm', () => {
  it.each([
    'his dad pushes him on the swing',
    'dad pushes me really high on the swings at the park',
    'mum pushes his wheelchair to school',
    'my coach pushes me to do my best',
  ])('"%s" is not a concern', (said) => {
    expect(detectConcern(said).concern).toBe(false);
  });

  it.each([
    'his dad pushes him around',
    'dad pushed me off the swing',
    'they push my chair into walls',
    'my dad pushes me on the swing and then hits me',
    'he pushes me to do things i dont want',
    'dad pushes my mum',
  ])('"%s" is still a concern', (said) => {
    expect(detectConcern(said).concern).toBe(true);
  });
});
