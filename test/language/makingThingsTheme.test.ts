import { describe, expect, it } from 'vitest';
import { themeOfHope } from '../../src/language/themeOfHope';
import { detectConcern } from '../../src/language';

/*
 * Harvey's hope "make a game about a disabled hero" was put under health. Making games (or films,
 * comics, apps) is work or a hobby that may become work; a disability word in a hope is what the
 * thing is about, not the person's health.
 */

const context = { today: '2026-12-05', schoolYear: 10 };

describe('making things is learning and work', () => {
  it.each([
    'make a game about a disabled hero',
    'design games about a hero in a wheelchair',
    'make a film about autism',
    'draw comics about a deaf superhero',
    'make my own games',
  ])('"%s"', (hope) => {
    expect(themeOfHope(hope, context)).toBe('learning_and_work');
  });

  it.each(['get my wheelchair fixed', 'feel less anxious', 'sleep better'])('"%s" is still health', (hope) => {
    expect(themeOfHope(hope, context)).toBe('health_and_wellbeing');
  });

  it.each(['make a game but my dad hits me', 'make a game. i want to die'])('"%s" is still heard as a worry', (said) => {
    expect(detectConcern(said).concern).toBe(true);
  });
});
