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

describe('a parent watching while a child changes, for a reason of care', () => {
  it('"mum watches me get changed for swimming because i cant do my buttons" is not a concern', () => {
    expect(detectConcern('mum watches me get changed for swimming because i cant do my buttons').concern).toBe(false);
  });

  it.each([
    'he watches me get changed and it makes me feel weird',
    'Mr Jones lets me get changed in his office and watches me',
    'mum watches me get changed',
    'mum watches me get changed because i cant do my buttons and it makes me feel weird',
    'he watches me get changed because i cant do my buttons',
  ])('"%s" is still a sure concern', (said) => {
    const verdict = detectConcern(said);
    expect(verdict.concern && verdict.sure).toBe(true);
    expect(verdict.category).toBe('sexual_abuse');
  });
});

describe('their own body hurt on purpose', () => {
  it.each(['ive hurt me arm again on purpose', 'i hurt me arm on purpose', 'i hurt my arm on purpose', 'i cut me arm on purpose'])('"%s" is self-harm, answered at once', (said) => {
    const verdict = detectConcern(said);
    expect(verdict.concern && verdict.sure).toBe(true);
    expect(verdict.category).toBe('self_harm_or_suicide');
  });

  it('"he hurt me arm on purpose" is still harm by someone else', () => {
    expect(detectConcern('he hurt me arm on purpose').category).toBe('harm_from_others');
  });

  it.each(['i hurt my arm on the door', 'i hurt me knee at football'])('"%s" is still an everyday knock', (said) => {
    expect(detectConcern(said).concern).toBe(false);
  });
});

describe('the chat\'s own note about harming', () => {
  it('"why did u put a note about harming me" reads as no concern', () => {
    expect(detectConcern('why did u put a note about harming me').concern).toBe(false);
  });

  it.each(['i keep harming myself', 'he leaves me notes about hurting me if i tell'])('"%s" is still a sure concern', (said) => {
    const verdict = detectConcern(said);
    expect(verdict.concern && verdict.sure).toBe(true);
  });
});
