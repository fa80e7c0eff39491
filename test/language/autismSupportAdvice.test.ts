import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* A parent's advice at "how best to support him": sameness, pictures, no forced eye contact or touch. */
describe("a parent's everyday autism support advice interrupts nothing", () => {
  it.each([
    'keep things the same, show him pictures, dont make him look at you',
    'use pictures and dont make her do eye contact',
    'show him photos of new places first, dont touch him without warning',
    'show her the pictures before, dont make her talk',
    "Keep to his routine. Don't force eye contact.",
    'same routine every day, show him pics first',
    'warn him before things change and dont make him talk',
    'dont touch her suddenly, show her the pictures first',
    'keep things calm, no eye contact, give him time to answer',
    'show him pictures of where he is going before',
  ])('"%s" is ordinary', (text) => {
    expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
  });

  it.each([
    ['he shows me pictures of his willy', 'answer'],
    ['dont tell anyone he makes me look at pictures', 'check'],
    ['he makes him look at pictures of naked people', 'answer'],
  ] as const)('"%s" is still heard (%s)', (text, action) => {
    expect(safeguardingInChat(text, { parent: true }).action).toBe(action);
  });

  it('a young person saying it is read as ever', () => {
    expect(safeguardingInChat('dont tell anyone he makes me look at pictures', { parent: false }).action).not.toBe('none');
  });
});
