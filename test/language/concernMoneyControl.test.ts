import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* A partner who controls the young person's money is domestic abuse; a parent cross about spending, or a partner cross about something else, is not. */

describe('money controlled by a partner', () => {
  it.each(['my girlfriend gets cross if i spend money', 'my boyfriend goes mad when i buy anything'])('%j is domestic abuse', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse' });
  });

  it.each(['my girlfriend gets cross if i forget her birthday', 'my mum gets cross if i spend money'])('%j is no concern', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});
