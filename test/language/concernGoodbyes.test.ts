import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/** Wanting to be gone told quietly, and harm from others without its usual words, read by the whole reader. */
describe('wanting to be gone told quietly', () => {
  it.each([
    ['gave my sister my teddy and my rings. goodbye', 'self_harm_or_suicide'],
    ['i say night to my dad like it might be the last time', 'self_harm_or_suicide'],
    ['i just want a lorry to hit me', 'self_harm_or_suicide'],
    ['everyone thinks im better but im just better at hiding it', 'self_harm_or_suicide'],
    ['i make myself sick after tea every day and nobody knows', 'self_harm_or_suicide'],
    ['he barely eats now, he has lost so much weight and weighs himself all the time', 'self_harm_or_suicide'],
    ['my friends say give them my pin', 'exploitation'],
    ['my dad goes away and i am on my own for 3 days', 'neglect'],
  ])('%j gets the full answer at once, as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
    expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
  });

  it.each([
    'i gave my old toys to the charity shop',
    'i want a car for my 17th birthday',
    'he only eats beige food, its a sensory thing',
    'my mum knows my pin so she can help with shopping',
    'mum goes to work and i am on my own for 2 hours',
    'tell my teacher im sorry i was late, it wasnt her fault',
  ])('%j is not', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it('a goodbye to a house before a move gets no full answer', () => {
    expect(safeguardingInChat('we said goodbye to the house like it was the last time', { parent: false }).action).not.toBe('answer');
  });

  it('fear that a grandparent with cancer will die gets no full answer', () => {
    expect(safeguardingInChat('my nan has cancer and im scared shes going to die', { parent: false }).action).not.toBe('answer');
    expect(safeguardingInChat('im scared im going to die if this carries on', { parent: false }).action).toBe('answer');
  });
});
